using Grpc.Core;
using Grpc.Health.V1;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>grpc.health.v1.Health answering SERVING, as every real service does.</summary>
internal sealed class FakeHealthService : Grpc.Health.V1.Health.HealthBase
{
    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context)
        => Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });

    public override async Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
        => await responses.WriteAsync(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving }, context.CancellationToken);
}
