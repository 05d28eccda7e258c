using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Reconciliation.Feeds;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Health;
using Conflict.ServiceDefaults.Storage;
using Conflict.ServiceDefaults.Telemetry;
using Conflict.Sources.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conflict.Reconciliation;

/// <summary>Composition of the Reconciliation service.</summary>
internal static class ReconciliationExtensions
{
    public static IHostApplicationBuilder AddReconciliationService(this IHostApplicationBuilder builder)
    {
        builder.AddConflictStorage("Reconciliation", typeof(ReconciliationExtensions).Assembly);
        var services = builder.Services;
        builder.AddConflictClient<ClaimsService.ClaimsServiceClient>(ConflictService.Claims);
        builder.AddConflictClient<SourcesService.SourcesServiceClient>(ConflictService.Sources);
        services.TryAddSingleton<ConflictMetrics>();
        services.AddSingleton<ProjectionStore>();
        services.AddSingleton<TimelineStore>();
        services.AddSingleton<MeasureCatalog>();
        services.AddSingleton<RecomputeQueue>();
        services.AddSingleton<SettledState>();
        services.AddSingleton<TimelineBroadcaster>();
        services.AddSingleton<TimelineComputer>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton(new FuseRunner());
        services.AddSingleton<ReconciliationRpc>();
        services.AddHostedService<TimelineWorker>();
        services.AddSingleton<SourcesFeedFollower>().AddHostedService(sp => sp.GetRequiredService<SourcesFeedFollower>());
        services.AddSingleton<ClaimsFeedFollower>().AddHostedService(sp => sp.GetRequiredService<ClaimsFeedFollower>());
        services.AddReadinessCheck<FeedsConnectedCheck>("feeds");
        return builder;
    }

    public static WebApplication MapReconciliationService(this WebApplication app)
    {
        app.MapConflictService<ReconciliationRpc>(ReconciliationService.Descriptor);
        return app;
    }
}
