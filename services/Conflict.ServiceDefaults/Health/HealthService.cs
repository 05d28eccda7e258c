using Conflict.Grpc;
using Grpc.Health.V1;

namespace Conflict.ServiceDefaults.Health;

/// <summary>The standard <c>grpc.health.v1.Health</c> service over <see cref="HealthStatusRegistry"/>.</summary>
internal sealed class HealthService(HealthStatusRegistry registry)
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
    {
        var status = registry.GetStatus(request.Service)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"Service '{request.Service}' is unknown."));
        return Task.FromResult(new HealthCheckResponse { Status = status });
    }

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        try
        {
            await foreach (var status in registry.WatchAsync(request.Service, context.CancellationToken).ConfigureAwait(false))
            {
                await responses.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher went away: the normal end of a Watch.
        }
    }
}
