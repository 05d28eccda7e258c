using Conflict.Claims.V1;
using Conflict.Cli.Files;
using Conflict.Client;
using Grpc.Core;

namespace Conflict.Cli.Importing;

/// <summary>
/// Streams valid rows to ImportClaims in batches of up to <see cref="Batches.MaxItems"/> as they are read, while reading its progress messages, and merges the
/// server's rejections (given line numbers) with the rows that failed locally into one summary.
/// </summary>
internal sealed class ClaimImporter(ClaimsService.ClaimsServiceClient claims)
{
    /// <param name="documents">The provenance document of each URL, set on the claims that cite it.</param>
    public async Task<ImportClaimsResponse> ImportAsync(IEnumerable<ClaimFileRow> rows, IReadOnlyDictionary<string, string> documents,
        bool stopOnError, IProgress<long>? progress, CancellationToken ct)
    {
        var local = new List<ImportRejection>();
        var sent = new SentRows();
        using var call = claims.ImportClaims(new CallOptions(cancellationToken: ct));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = ReadProgressAsync(call.ResponseStream, sent, stopOnError ? stop : null, progress, ct);
        var batch = new ImportClaimsRequest();
        foreach (var row in rows)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }
            if (!row.IsValid)
            {
                local.Add(LocalRejection(row));
                if (stopOnError)
                {
                    break;
                }
                continue;
            }
            if (documents.TryGetValue(row.Url, out var document))
            {
                row.Claim!.Document = document;
            }
            sent.Add(row.RequestId, row.Line);
            batch.Items.Add(new ImportClaimsItem { RequestId = row.RequestId, Claim = row.Claim });
            if (batch.Items.Count == Batches.MaxItems)
            {
                await call.RequestStream.WriteAsync(batch, ct);
                batch = new ImportClaimsRequest();
            }
        }
        if (batch.Items.Count > 0 && !stop.IsCancellationRequested)
        {
            await call.RequestStream.WriteAsync(batch, ct);
        }
        await call.RequestStream.CompleteAsync();
        var summary = await reading;
        summary.Rejections.Add(local);
        summary.RejectedCount += local.Count;
        summary.ReceivedCount = summary.CreatedCount + summary.DuplicateCount + summary.RejectedCount;
        summary.Done = true;
        return summary;
    }

    private static ImportRejection LocalRejection(ClaimFileRow row)
    {
        var rejection = new ImportRejection { RequestId = row.RequestId };
        rejection.Reasons.Add($"line {row.Line}");
        rejection.Reasons.AddRange(row.Errors);
        return rejection;
    }

    private static async Task<ImportClaimsResponse> ReadProgressAsync(IAsyncStreamReader<ImportClaimsResponse> responses, SentRows sent,
        CancellationTokenSource? stopOnRejection, IProgress<long>? progress, CancellationToken ct)
    {
        var summary = new ImportClaimsResponse();
        while (await responses.MoveNext(ct))
        {
            var message = responses.Current;
            summary.CreatedCount = message.CreatedCount;
            summary.DuplicateCount = message.DuplicateCount;
            summary.RejectedCount = message.RejectedCount;
            var lines = sent.Take(message.ReceivedCount, needLines: message.Rejections.Count > 0);
            foreach (var rejection in message.Rejections)
            {
                if (lines.TryGetValue(rejection.RequestId, out var line))
                {
                    rejection.Reasons.Insert(0, $"line {line}");
                }
                summary.Rejections.Add(rejection);
            }
            progress?.Report(message.ReceivedCount);
            if (message.RejectedCount > 0)
            {
                await (stopOnRejection?.CancelAsync() ?? Task.CompletedTask);
            }
            if (message.Done)
            {
                break;
            }
        }
        return summary;
    }

    /// <summary>
    /// The rows sent and not yet covered by a progress report, with their lines: the server names rejected rows by
    /// request id, the user wants line numbers. Reports cover rows in the order they were sent, so rows leave as
    /// soon as a report counts them and a large file is never held whole.
    /// </summary>
    private sealed class SentRows
    {
        private static readonly Dictionary<string, int> None = [];
        private readonly Queue<(string RequestId, int Line)> _rows = new();
        private long _covered;

        public void Add(string requestId, int line)
        {
            lock (_rows)
            {
                _rows.Enqueue((requestId, line));
            }
        }

        /// <summary>Removes the rows up to the server's received count; their first line per request id when asked.</summary>
        public Dictionary<string, int> Take(long receivedCount, bool needLines)
        {
            var lines = needLines ? new Dictionary<string, int>(StringComparer.Ordinal) : None;
            lock (_rows)
            {
                while (_covered < receivedCount && _rows.TryDequeue(out var row))
                {
                    _covered++;
                    if (needLines)
                    {
                        lines.TryAdd(row.RequestId, row.Line);
                    }
                }
            }
            return lines;
        }
    }
}
