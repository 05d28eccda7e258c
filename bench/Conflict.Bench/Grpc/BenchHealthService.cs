using Grpc.Core;
using Grpc.Health.V1;

namespace Conflict.Bench.Grpc;

/// <summary>
/// The benchmarked handler: answers Check with a fixed response, so the figure measures the gRPC server stack
/// (Grpc.AspNetCore) and not health checks (the suite's health service runs ASP.NET Core checks on each call).
/// </summary>
internal sealed class BenchHealthService : Health.HealthBase
{
    private static readonly Task<HealthCheckResponse> Serving =
        Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });

    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) => Serving;
}
