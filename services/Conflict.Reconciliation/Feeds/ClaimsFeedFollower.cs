using Conflict.Claims.V1;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Replicas;
using Conflict.Reconciliation.Timelines;
using Conflict.ServiceDefaults.Telemetry;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Feeds;

/// <summary>Follows the Claims service's change feed into the projection, marking the touched variables dirty.</summary>
internal sealed class ClaimsFeedFollower(ClaimsService.ClaimsServiceClient claims, ProjectionStore store, MeasureCatalog measures, LeaseManager leases,
    ReplicaSignals signals, ConflictMetrics metrics, ILogger<ClaimsFeedFollower> logger)
    : FeedFollower<WatchClaimsResponse>(leases, signals, logger)
{
    protected override string Feed => ProjectionStore.ClaimsFeed;

    protected override Task<long> GetCursorAsync(CancellationToken ct) => store.GetCursorAsync(Feed, ct);

    protected override AsyncServerStreamingCall<WatchClaimsResponse> Open(long cursor, CancellationToken ct) =>
        claims.WatchClaims(new WatchClaimsRequest { AfterSequence = cursor }, new CallOptions(cancellationToken: ct));

    protected override async Task ApplyAsync(IReadOnlyList<WatchClaimsResponse> batch, Lease coordinator, CancellationToken ct)
    {
        foreach (var measure in batch.Select(c => c.Claim.Measure).Distinct(StringComparer.Ordinal))
        {
            await measures.EnsureKnownAsync(measure, ct);
        }
        await store.ApplyClaimChangesAsync(batch, coordinator, ct);
        metrics.FeedApplied(Feed, batch[^1].ChangeTime.ToDateTime());
    }
}
