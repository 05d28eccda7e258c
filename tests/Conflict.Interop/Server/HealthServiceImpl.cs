using Conflict.Grpc;
using Grpc.Health.V1;

namespace Conflict.Interop.Server;

/// <summary>grpc.health.v1.Health: every offered service is SERVING; others are NOT_FOUND (Check) or SERVICE_UNKNOWN (Watch).</summary>
internal sealed class HealthServiceImpl(ServiceCatalog catalog)
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) =>
        catalog.Knows(request.Service)
            ? Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving })
            : throw new RpcException(new Status(StatusCode.NotFound, $"unknown service {request.Service}"));

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        var status = catalog.Knows(request.Service) ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.ServiceUnknown;
        await responses.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The watcher went away: the stream ends with it.
        }
    }
}
