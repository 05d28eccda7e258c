using Conflict.Claims.V1;
using Conflict.Grpc;
using Conflict.Reconciliation.Feeds;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Conflict.Reconciliation.V1;
using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.V1;

namespace Conflict.Reconciliation;

/// <summary>Composition of the Reconciliation service.</summary>
internal static class ReconciliationExtensions
{
    public static IHostApplicationBuilder AddReconciliationService(this IHostApplicationBuilder builder)
    {
        builder.AddConflictStorage("Reconciliation", typeof(ReconciliationExtensions).Assembly);
        var services = builder.Services;
        var claims = GrpcChannel.ForAddress(builder.Configuration["Services:Claims"] ?? "http://127.0.0.1:5102");
        var sources = GrpcChannel.ForAddress(builder.Configuration["Services:Sources"] ?? "http://127.0.0.1:5101");
        services.AddSingleton(new ClaimsServiceClient(claims));
        services.AddSingleton(new SourcesServiceClient(sources));
        services.AddSingleton<ProjectionStore>();
        services.AddSingleton<TimelineStore>();
        services.AddSingleton<MeasureCatalog>();
        services.AddSingleton<RecomputeQueue>();
        services.AddSingleton<TimelineBroadcaster>();
        services.AddSingleton<TimelineComputer>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton(new FuseRunner());
        services.AddSingleton<ReconciliationRpc>();
        services.AddHostedService<TimelineWorker>();
        services.AddHostedService<SourcesFeedFollower>();
        services.AddHostedService<ClaimsFeedFollower>();
        return builder;
    }

    public static WebApplication MapReconciliationService(this WebApplication app)
    {
        app.MapGrpcService<ReconciliationRpc>(ReconciliationServiceClient.Descriptor);
        return app;
    }
}
