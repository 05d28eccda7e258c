using Conflict.Claims.V1;
using Conflict.Cli.Files;
using Conflict.Grpc;

namespace Conflict.Cli.Importing;

/// <summary>
/// Streams valid rows to ImportClaims while reading its progress messages, and merges the server's
/// rejections with the rows that failed locally into one summary (an ImportClaimsResponse).
/// </summary>
internal sealed class ClaimImporter(ClaimsServiceClient claims)
{
    public async Task<ImportClaimsResponse> ImportAsync(
        IReadOnlyList<ClaimFileRow> rows, bool stopOnError, IProgress<long>? progress, CancellationToken ct)
    {
        var local = rows.Where(r => !r.IsValid).ToList();
        var sendable = stopOnError ? rows.TakeWhile(r => r.IsValid).ToList() : rows.Where(r => r.IsValid).ToList();
        var summary = new ImportClaimsResponse();
        if (sendable.Count > 0)
        {
            summary = await StreamAsync(sendable, stopOnError, progress, ct);
        }
        var lines = rows.Where(r => r.RequestId.Length > 0).GroupBy(r => r.RequestId).ToDictionary(g => g.Key, g => g.First().Line);
        foreach (var rejection in summary.Rejections)
        {
            if (lines.TryGetValue(rejection.RequestId, out var line))
            {
                rejection.Reasons.Insert(0, $"line {line}");
            }
        }
        foreach (var row in stopOnError ? local.Take(1) : local)
        {
            var rejection = new ImportRejection { RequestId = row.RequestId };
            rejection.Reasons.Add($"line {row.Line}");
            rejection.Reasons.AddRange(row.Errors);
            summary.Rejections.Add(rejection);
            summary.RejectedCount++;
        }
        summary.ReceivedCount = summary.CreatedCount + summary.DuplicateCount + summary.RejectedCount;
        summary.Done = true;
        return summary;
    }

    private async Task<ImportClaimsResponse> StreamAsync(
        List<ClaimFileRow> rows, bool stopOnError, IProgress<long>? progress, CancellationToken ct)
    {
        using var call = claims.ImportClaims(new CallOptions(CancellationToken: ct));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = ReadProgressAsync(call.ResponseStream, stopOnError ? stop : null, progress, ct);
        foreach (var row in rows)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }
            await call.RequestStream.WriteAsync(new ImportClaimsRequest { RequestId = row.RequestId, Claim = row.Claim }, ct);
        }
        await call.RequestStream.CompleteAsync();
        return await reading;
    }

    private static async Task<ImportClaimsResponse> ReadProgressAsync(
        IAsyncStreamReader<ImportClaimsResponse> responses, CancellationTokenSource? stopOnRejection, IProgress<long>? progress, CancellationToken ct)
    {
        var summary = new ImportClaimsResponse();
        while (await responses.MoveNext(ct))
        {
            var message = responses.Current;
            summary.ReceivedCount = message.ReceivedCount;
            summary.CreatedCount = message.CreatedCount;
            summary.DuplicateCount = message.DuplicateCount;
            summary.RejectedCount = message.RejectedCount;
            summary.Rejections.AddRange(message.Rejections);
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
}
