using Conflict.Client;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Conflict.ServiceDefaults.Health;

/// <summary>
/// Ready only while a service this one depends on answers its own health check SERVING (Claims needs Sources to
/// resolve claimants): callers are then told to wait, or sent to another replica, instead of failing one by one.
/// </summary>
internal sealed class UpstreamHealthCheck(ConflictService upstream, Grpc.Health.V1.Health.HealthClient health) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var options = new CallOptions(deadline: DateTime.UtcNow + Timeout, cancellationToken: cancellationToken);
            var reply = await health.CheckAsync(new HealthCheckRequest(), options).ConfigureAwait(false);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy($"{upstream} is SERVING")
                : HealthCheckResult.Unhealthy($"{upstream} is {reply.Status}");
        }
        catch (RpcException e)
        {
            return HealthCheckResult.Unhealthy($"{upstream} does not answer: {e.StatusCode} {e.Status.Detail}");
        }
    }
}
