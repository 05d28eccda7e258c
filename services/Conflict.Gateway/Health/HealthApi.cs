using Conflict.Gateway.Backends;
using Conflict.Gateway.Errors;
using Grpc.Core;
using Grpc.Health.V1;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.Health;

/// <summary>
/// <c>/healthz</c>: the gateway process answers (liveness). <c>/readyz</c>: every service behind it
/// answers the standard gRPC health check (readiness); 503 with a problem naming the failing ones otherwise.
/// Each probe is a fresh call on the shared channel, so readiness returns as soon as the service does.
/// </summary>
internal static class HealthApi
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Json(new { status = "SERVING" }));
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    private static async Task ReadyAsync(HttpContext http, BackendChannels backends)
    {
        var ct = http.RequestAborted;
        var probes = Enum.GetValues<Backend>().Select(async b => (Backend: b, Status: await ProbeAsync(backends, b, ct)));
        var results = await Task.WhenAll(probes);
        var services = results.ToDictionary(r => r.Backend.ToString().ToLowerInvariant(), r => r.Status);
        var down = results.Where(r => r.Status != "SERVING").Select(r => $"{r.Backend} ({backends.Options.AddressOf(r.Backend)}): {r.Status}").ToList();
        if (down.Count == 0)
        {
            await http.Response.WriteAsJsonAsync(new { status = "SERVING", services }, Problem.JsonOptions, ct);
            return;
        }
        var problem = new Problem
        {
            Type = ProblemMapper.UnavailableReason,
            Title = "Service unavailable",
            Status = 503,
            Detail = "Not ready: " + string.Join("; ", down),
            Instance = http.Request.Path.Value,
            Code = GrpcHttpStatus.Name(StatusCode.Unavailable),
            Services = services,
        };
        await problem.WriteAsync(http.Response, ct);
    }

    private static async Task<string> ProbeAsync(BackendChannels backends, Backend backend, CancellationToken ct)
    {
        try
        {
            var client = new Grpc.Health.V1.Health.HealthClient(backends.Invoker(backend));
            var options = new CallOptions(cancellationToken: ct).WithDeadline(DateTime.UtcNow + ProbeTimeout);
            var response = await client.CheckAsync(new HealthCheckRequest(), options);
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving ? "SERVING" : response.Status.ToString().ToUpperInvariant();
        }
        catch (RpcException e)
        {
            return GrpcHttpStatus.Name(e.StatusCode) + ": " + e.Status.Detail;
        }
        catch (HttpRequestException e)
        {
            return "UNAVAILABLE: " + e.Message;
        }
    }
}
