using Grpc.AspNetCore.HealthChecks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Health;

/// <summary>
/// Health over ASP.NET Core health checks (Grpc.AspNetCore.HealthChecks): a service is SERVING while every check
/// tagged <see cref="Ready"/> passes (its database answers with migrations applied, the services it depends on
/// answer, its feeds are connected). Check runs the checks on each call; Watch follows the results the
/// publisher computes every <see cref="Period"/>, so a lost dependency shows as NOT_SERVING within seconds, and
/// SERVING again once it is back, without a restart.
/// </summary>
public static class HealthExtensions
{
    /// <summary>The tag of checks that decide readiness.</summary>
    public const string Ready = "ready";

    /// <summary>How often the checks run for watchers.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    internal static WebApplicationBuilder AddConflictHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddGrpcHealthChecks(o =>
        {
            o.Services.Map("", IsReadiness);
            o.UseHealthChecksCache = false;
        });
        builder.Services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.Zero;
            o.Period = Period;
            o.Timeout = TimeSpan.FromSeconds(5);
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

    /// <summary>Reports a gRPC service name with the same readiness as the whole server.</summary>
    internal static void MapHealthName(this IServiceProvider services, string serviceName) =>
        services.GetRequiredService<IOptions<GrpcHealthChecksOptions>>().Value.Services.Map(serviceName, IsReadiness);

    private static bool IsReadiness(HealthCheckMapContext context) => context.Tags.Contains(Ready);
}
