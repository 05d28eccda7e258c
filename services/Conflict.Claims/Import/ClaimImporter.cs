using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;

namespace Conflict.Claims.Import;

/// <summary>
/// Bulk ingest: commits the stream in batches of <see cref="BatchSize"/> on one connection with prepared
/// statements, answering with progress after each commit. Each item's request id is recorded in the same
/// transaction as its claim, so a retried import skips what was stored and stores what was not. Bad items are
/// rejected one by one; the Sources service being down ends the stream with UNAVAILABLE after the last commit.
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
            var batch = new List<ImportClaimsRequest>(BatchSize);
            while (await batches.NextAsync(batch, ct))
            {
                await CommitAsync(batch, writer, names, progress, ct);
                await report(progress.Report(done: false));
                batch.Clear();
            }
            await report(progress.Report(done: true));
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    private async Task CommitAsync(List<ImportClaimsRequest> batch, ClaimWriter writer, NameCache names, ImportProgress progress, CancellationToken ct)
    {
        var items = new List<(ImportClaimsRequest Request, ClaimInput Input)>(batch.Count);
        foreach (var request in batch)
        {
            progress.Received++;
            if (request.RequestId.Length is 0 or > 200 || request.Claim is null)
            {
                progress.Reject(request.RequestId, [request.Claim is null ? "claim: is required" : "request_id: must hold 1 to 200 characters"]);
                continue;
            }
            items.Add((request, new ClaimInput(request.Claim, new Problems("claim"), ClaimOrigin.Import, request.RequestId)));
        }
        var rows = await PrepareAsync(items.Select(i => i.Input).ToList(), names, ct);
        await writer.BeginAsync(ct);
        long created = 0, duplicates = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var (request, input) = items[i];
            if (input.Problems.Any)
            {
                progress.Reject(request.RequestId, input.Problems.Items.Select(p => $"{p.Field}: {p.Description}"));
            }
            else if (await writer.TryInsertClaimAsync(rows[i], ct))
            {
                created++;
            }
            else
            {
                duplicates++;
            }
        }
        await writer.CommitAsync(ct);
        progress.Created += created;
        progress.Duplicates += duplicates;
    }

    private async Task<IReadOnlyList<ClaimRow>> PrepareAsync(IReadOnlyList<ClaimInput> inputs, NameCache names, CancellationToken ct)
    {
        try
        {
            return await preparer.PrepareAsync(inputs, names, ct);
        }
        catch (SourcesUnavailableException e)
        {
            throw RpcErrors.Unavailable(e.Message);
        }
    }
}
