using Conflict.Grpc;
using Grpc.Health.V1;

namespace Conflict.Bench.Grpc;

/// <summary>The benchmarked handler: answers Check with a fixed response.</summary>
internal sealed class BenchHealthService
{
    private readonly HealthCheckResponse _serving = new() { Status = HealthCheckResponse.Types.ServingStatus.Serving };

    public Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) => Task.FromResult(_serving);

    public Task Watch(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context) =>
        responses.WriteAsync(_serving);
}
