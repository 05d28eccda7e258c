using Grpc.AspNetCore.HealthChecks;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Health;

/// <summary>
/// Health over ASP.NET Core health checks (Grpc.AspNetCore.HealthChecks): a service is SERVING while every check
/// tagged <see cref="Ready"/> passes (its database answers with migrations applied, the services it depends on
/// answer, its feeds are connected). The checks run every <see cref="Period"/> and both Check and Watch answer
/// from that last result, so a lost dependency shows as NOT_SERVING within seconds, and SERVING again once it is
/// back, without a restart. Check could instead run the checks on each call (UseHealthChecksCache = false), but
/// then a Watch's first message is an on-demand result while later ones are changes of the periodic one; in that
/// mode a watcher missed the return to SERVING in 3 of 33 runs of ReadinessTests on a loaded machine (0 of 12 since).
/// </summary>
public static class HealthExtensions
{
    /// <summary>The tag of checks that decide readiness.</summary>
    public const string Ready = "ready";

    /// <summary>How often the checks run for watchers.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long one run of the checks may take: under <see cref="Period"/>, because the publisher starts a run on a
    /// timer whether or not the previous one has ended, and overlapping runs would publish out of order.
    /// </summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(1.5);

    internal static WebApplicationBuilder AddConflictHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpcHealthChecks(o =>
        {
            o.UseHealthChecksCache = true;
        });
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.Zero;
            o.Period = Period;
            o.Timeout = RunTimeout;
        });
        return builder;
    }

    /// <summary>Adds a readiness check (tagged <see cref="Ready"/>).</summary>
    public static IHealthChecksBuilder AddReadinessCheck<TCheck>(this IServiceCollection services, string name)
        where TCheck : class, IHealthCheck
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddHealthChecks().AddCheck<TCheck>(name, HealthStatus.Unhealthy, [Ready]);
    }

    /// <summary>
    /// Reports a gRPC service name (or "" for the whole server) with the readiness of the whole server: NOT_SERVING
    /// until the first run of the checks, rather than NOT_FOUND, so that a client waiting for the service keeps waiting.
    /// </summary>
    internal static void MapHealthName(this IServiceProvider services, string serviceName)
    {
        // A host without AddConflictDefaults (the benchmarks' bare servers) has no health service to name.
        if (services.GetService<HealthServiceImpl>() is not { } health)
        {
            return;
        }
        services.GetRequiredService<IOptions<GrpcHealthChecksOptions>>().Value.Services.Map(serviceName, IsReadiness);
        health.SetStatus(serviceName, HealthCheckResponse.Types.ServingStatus.NotServing);
    }

    private static bool IsReadiness(HealthCheckMapContext context) => context.Tags.Contains(Ready);
}
