using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Conflict.Reconciliation.Feeds;

/// <summary>
/// Ready while both change feeds (Claims and Sources) are connected: without them the timelines silently stop
/// following new claims, which an analyst would take for "nothing new". A replica that is not the coordinator is
/// ready while another replica holds that lease (and so follows the feeds for everyone).
/// </summary>
internal sealed class FeedsConnectedCheck(ClaimsFeedFollower claims, SourcesFeedFollower sources, Replicas.LeaseManager leases) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (leases.CoordinatorHeldElsewhere)
        {
            return Task.FromResult(HealthCheckResult.Healthy("another replica follows the feeds"));
        }
        var down = new[] { ("claims", claims.Connected), ("sources", sources.Connected) }.Where(f => !f.Item2).Select(f => f.Item1).ToList();
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("claims and sources feeds connected")
            : HealthCheckResult.Unhealthy($"feed not connected: {string.Join(", ", down)}"));
    }
}
