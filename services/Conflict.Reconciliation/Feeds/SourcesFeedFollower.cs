using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Conflict.ServiceDefaults.Telemetry;
using Conflict.Sources.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Feeds;

/// <summary>
/// Follows the Sources service's change feed; a change of a source's alignment or parent changes how its claims
/// are weighed, so the variables it spoke about are queued again.
/// </summary>
internal sealed class SourcesFeedFollower(SourcesService.SourcesServiceClient sources, ProjectionStore store, RecomputeQueue queue, ConflictMetrics metrics, ILogger<SourcesFeedFollower> logger)
    : FeedFollower<WatchSourcesResponse>(logger)
{
    protected override string Feed => ProjectionStore.SourcesFeed;

    protected override Task<long> GetCursorAsync(CancellationToken ct) => store.GetCursorAsync(Feed, ct);

    protected override AsyncServerStreamingCall<WatchSourcesResponse> Open(long cursor, CancellationToken ct) =>
        sources.WatchSources(new WatchSourcesRequest { AfterSequence = cursor }, new CallOptions(cancellationToken: ct));

    protected override async Task ApplyAsync(IReadOnlyList<WatchSourcesResponse> batch, CancellationToken ct)
    {
        var changed = await store.ApplySourceChangesAsync(batch, ct);
        metrics.FeedApplied(Feed, batch[^1].ChangeTime.ToDateTime());
        foreach (var source in changed)
        {
            queue.Enqueue(await store.VariablesOfClaimantAsync(source, ct));
        }
    }
}
