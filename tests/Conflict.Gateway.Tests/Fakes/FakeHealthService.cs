using Conflict.Grpc;
using Grpc.Health.V1;

#pragma warning disable CA1822 // The gRPC layer binds RPC handlers as instance methods, whether or not they use state.

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>grpc.health.v1.Health answering SERVING, as every real service does.</summary>
internal sealed class FakeHealthService
{
    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
        => Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });

    public async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
        => await responses.WriteAsync(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }, context.CancellationToken);
}
