using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Reconciliation.Feeds;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Replicas;
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
        services.AddSingleton<TimelineBroadcaster>();
        services.AddSingleton<TimelineComputer>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton(new FuseRunner());
        services.AddSingleton<ReconciliationRpc>();
        AddReplicaWork(builder);
        services.AddSingleton<SourcesFeedFollower>().AddHostedService(sp => sp.GetRequiredService<SourcesFeedFollower>());
        services.AddSingleton<ClaimsFeedFollower>().AddHostedService(sp => sp.GetRequiredService<ClaimsFeedFollower>());
        services.AddReadinessCheck<FeedsConnectedCheck>("feeds");
        return builder;
    }

    /// <summary>
    /// The work split between replicas (one on SQLite, any number on PostgreSQL): leases, the partition worker, the
    /// learner, and the notifications that wake other replicas.
    /// </summary>
    private static void AddReplicaWork(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ReplicaOptions>(builder.Configuration.GetSection("Replica"));
        services.AddSingleton<ReplicaSignals>().AddSingleton<LeaseStore>().AddSingleton<WorkStore>().AddSingleton<ModelStore>();
        services.AddSingleton<TimelineRelay>();
        services.AddSingleton<LeaseManager>().AddHostedService(sp => sp.GetRequiredService<LeaseManager>());
        services.AddHostedService<PartitionWorker>();
        services.AddHostedService<LearningWorker>();
        services.AddDatabaseChannel(WorkStore.DirtyChannel, sp => _ => sp.GetRequiredService<ReplicaSignals>().Dirty.Notify());
        services.AddDatabaseChannel(ModelStore.ModelChannel, sp => _ => sp.GetRequiredService<ReplicaSignals>().Model.Notify());
        services.AddDatabaseChannel(TimelineStore.TimelineChannel, sp => sp.GetRequiredService<TimelineRelay>().Stored);
    }

    public static WebApplication MapReconciliationService(this WebApplication app)
    {
        app.MapConflictService<ReconciliationRpc>(ReconciliationService.Descriptor);
        return app;
    }
}
