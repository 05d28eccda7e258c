using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;
using Conflict.ServiceDefaults.Telemetry;

namespace Conflict.Claims.Import;

/// <summary>
/// Bulk ingest in two stages on two cores: this one validates and resolves the stream in chunks of
/// <see cref="ChunkSize"/> items, while an <see cref="ImportWriter"/> inserts the prepared chunks on one connection
/// and commits them in transactions of up to <see cref="ImportWriter.CommitSize"/> claims, answering with progress
/// after each commit. Chunks are small so that few requests are alive at once (they would otherwise outlive the
/// young generation and cost background GCs); commits are large because each one rewrites every index page it
/// touched and syncs the WAL. Each item's request id is stored with its claim in the same transaction, so a
/// retried import skips what was stored and stores what was not. Bad items are rejected one by one; the Sources
/// service being down ends the stream with UNAVAILABLE after committing what came before. Every claim is recorded as
/// created by the importing principal.
/// </summary>
internal sealed class ClaimImporter(IDbConnectionFactory db, WriteGate gate, ChangeSignal notifier, ClaimPreparer preparer, ConflictMetrics metrics)
{
    public const int ChunkSize = 1000;

    public async Task ImportAsync(IAsyncEnumerable<ImportClaimsItem> requests, Func<ImportClaimsResponse, Task> report, string principal, CancellationToken ct)
    {
        var batches = new ImportBatches(ChunkSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pump = batches.PumpAsync(requests, stop.Token);
        try
        {
            await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
            var prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
            long counted = 0;
            using var importWriter = new ImportWriter(writer, progress =>
            {
                metrics.ClaimsImported(progress.CreatedCount - counted);
                counted = progress.CreatedCount;
                return report(progress);
            });
            var writing = Task.Run(() => importWriter.WriteAllAsync(prepared.Reader, ct), ct);
            using var preparing = CancellationTokenSource.CreateLinkedTokenSource(ct, importWriter.Failed);
            var failure = await PrepareAllAsync(batches, prepared.Writer, principal, preparing.Token);
            await writing; // the writer's own error, when there is one, is the one to report
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
            await report(importWriter.Progress.Report(done: true));
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    /// <summary>
    /// Prepares chunks until the stream ends, then completes the channel. Returns, rather than throws, what broke
    /// the stream early (Sources down, a bad request stream, cancellation), so that the caller first lets the
    /// writer finish: what came before is still committed and reported, and no write outlives the connection.
    /// </summary>
    private async Task<Exception?> PrepareAllAsync(ImportBatches batches, ChannelWriter<PreparedBatch> prepared, string principal, CancellationToken token)
    {
        try
        {
            var names = new NameCache();
            var batch = new List<ImportClaimsItem>(ChunkSize);
            while (await batches.NextAsync(batch, token))
            {
                await prepared.WriteAsync(await PrepareAsync(batch, names, principal, token), token);
                batch.Clear();
            }
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
        finally
        {
            prepared.Complete();
        }
    }

    private async Task<PreparedBatch> PrepareAsync(List<ImportClaimsItem> batch, NameCache names, string principal, CancellationToken ct)
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
            items.Add((request.RequestId, new ClaimInput(request.Claim, new Problems("claim"), principal, ClaimOrigin.Import, request.RequestId)));
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
}
