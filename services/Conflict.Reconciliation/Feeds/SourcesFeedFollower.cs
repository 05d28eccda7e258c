using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Replicas;
using Conflict.ServiceDefaults.Telemetry;
using Conflict.Sources.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Feeds;

/// <summary>
/// Follows the Sources service's change feed; a change of a source's alignment or parent changes how its claims
/// are weighed, so the variables it spoke about are marked dirty.
/// </summary>
internal sealed class SourcesFeedFollower(SourcesService.SourcesServiceClient sources, ProjectionStore store, LeaseManager leases, ReplicaSignals signals,
    ConflictMetrics metrics, ILogger<SourcesFeedFollower> logger)
    : FeedFollower<WatchSourcesResponse>(leases, signals, logger)
{
    protected override string Feed => ProjectionStore.SourcesFeed;

    protected override Task<long> GetCursorAsync(CancellationToken ct) => store.GetCursorAsync(Feed, ct);

    protected override AsyncServerStreamingCall<WatchSourcesResponse> Open(long cursor, CancellationToken ct) =>
        sources.WatchSources(new WatchSourcesRequest { AfterSequence = cursor }, new CallOptions(cancellationToken: ct));

    protected override async Task ApplyAsync(IReadOnlyList<WatchSourcesResponse> batch, Lease coordinator, CancellationToken ct)
    {
        await store.ApplySourceChangesAsync(batch, coordinator, ct);
        metrics.FeedApplied(Feed, batch[^1].ChangeTime.ToDateTime());
    }
}
