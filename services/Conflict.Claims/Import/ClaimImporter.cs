using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;

namespace Conflict.Claims.Import;

/// <summary>
/// Bulk ingest: commits the stream in batches of <see cref="BatchSize"/> on one connection with prepared
/// statements, answering with progress after each commit. Each item's request id is stored with its claim in the
/// same transaction, so a retried import skips what was stored and stores what was not. Bad items are rejected one
/// by one; the Sources service being down ends the stream with UNAVAILABLE after the last commit. The next batch
/// is validated while the previous one is written, so the two stages use two cores.
/// </summary>
internal sealed class ClaimImporter(IDbConnectionFactory db, WriteGate gate, ChangeNotifier notifier, ClaimPreparer preparer)
{
    public const int BatchSize = 2000;

    public async Task ImportAsync(IAsyncEnumerable<ImportClaimsRequest> requests, Func<ImportClaimsResponse, Task> report, CancellationToken ct)
    {
        var batches = new ImportBatches(BatchSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pump = batches.PumpAsync(requests, stop.Token);
        try
        {
            await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
            var names = new NameCache();
            var progress = new ImportProgress();
            var writing = Task.CompletedTask;
            try
            {
                var batch = new List<ImportClaimsRequest>(BatchSize);
                while (await batches.NextAsync(batch, ct))
                {
                    var prepared = await PrepareAsync(batch, names, ct);
                    batch = new List<ImportClaimsRequest>(BatchSize);
                    await writing;
                    writing = Task.Run(() => WriteAndReportAsync(prepared, writer, progress, report, ct), ct);
                }
            }
            finally
            {
                // Never leave a write running on the writer that is about to be disposed.
                await writing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            await writing;
            await report(progress.Report(done: true));
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    private async Task<PreparedBatch> PrepareAsync(List<ImportClaimsRequest> batch, NameCache names, CancellationToken ct)
    {
        var rejections = new List<(string, IReadOnlyList<string>)>();
        var items = new List<(string RequestId, ClaimInput Input)>(batch.Count);
        foreach (var request in batch)
        {
            if (request.RequestId.Length is 0 or > 200 || request.Claim is null)
            {
                rejections.Add((request.RequestId, [request.Claim is null ? "claim: is required" : "request_id: must hold 1 to 200 characters"]));
                continue;
            }
            items.Add((request.RequestId, new ClaimInput(request.Claim, new Problems("claim"), ClaimOrigin.Import, request.RequestId)));
        }
        IReadOnlyList<ClaimRow> rows;
        try
        {
            rows = await preparer.PrepareAsync(items.Select(i => i.Input).ToList(), names, ct);
        }
        catch (SourcesUnavailableException e)
        {
            throw RpcErrors.Unavailable(e.Message);
        }
        var valid = new List<ClaimRow>(rows.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var problems = items[i].Input.Problems;
            if (problems.Any)
            {
                rejections.Add((items[i].RequestId, problems.Items.Select(p => $"{p.Field}: {p.Description}").ToList()));
            }
            else
            {
                valid.Add(rows[i]);
            }
        }
        return new PreparedBatch(batch.Count, valid, rejections);
    }

    private static async Task WriteAndReportAsync(PreparedBatch batch, ClaimWriter writer, ImportProgress progress, Func<ImportClaimsResponse, Task> report, CancellationToken ct)
    {
        await writer.BeginAsync(ct);
        long created = 0;
        foreach (var row in batch.Rows)
        {
            if (await writer.TryInsertClaimAsync(row, ct))
            {
                created++;
            }
        }
        await writer.CommitAsync(ct);
        progress.Received += batch.Received;
        progress.Created += created;
        progress.Duplicates += batch.Rows.Count - created;
        foreach (var (requestId, reasons) in batch.Rejections)
        {
            progress.Reject(requestId, reasons);
        }
        await report(progress.Report(done: false));
    }
}
