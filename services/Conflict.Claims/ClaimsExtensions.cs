using Conflict.Claims.Claims;
using Conflict.Claims.Documents;
using Conflict.Claims.Feed;
using Conflict.Claims.Import;
using Conflict.Claims.Ingest;
using Conflict.Claims.Measures;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Storage;
using Conflict.ServiceDefaults.Telemetry;
using Conflict.Sources.V1;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conflict.Claims;

/// <summary>Composition of the Claims service.</summary>
public static class ClaimsExtensions
{
    /// <summary>
    /// Registers the storage (<c>ConnectionStrings:Claims</c>, default <c>Data Source=data/claims.db</c>), the
    /// shipped measure catalog, the Sources client (<c>Services:Sources</c>) and the features.
    /// </summary>
    public static IHostApplicationBuilder AddClaimsService(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddConflictStorage("Claims", typeof(ClaimsExtensions).Assembly);
        var services = builder.Services;
        services.AddHostedService<MeasureSeeder>();
        services.TryAddSingleton<ConflictMetrics>();
        builder.AddConflictClient<SourcesService.SourcesServiceClient>(ConflictService.Sources);
        services.AddSingleton<ISourceDirectory, SourcesDirectory>();
        builder.AddUpstreamReadiness(ConflictService.Sources);
        services.AddSingleton<MeasureStore>().AddSingleton<MeasureCatalog>().AddSingleton<MeasureService>();
        services.AddSingleton<DocumentStore>().AddSingleton<DocumentService>();
        services.AddSingleton<WriteGate>().AddSingleton<ChangeSignal>().AddSingleton<ClaimStore>().AddSingleton<ClaimPreparer>();
        services.AddSingleton<ClaimCreator>().AddSingleton<ClaimService>().AddSingleton<ClaimLifecycle>();
        services.AddSingleton<ChangeFeedStore>().AddSingleton<ChangeFeed>().AddSingleton<ClaimImporter>().AddSingleton<IngestService>();
        services.AddDatabaseChannel(ChangeFeed.Channel, sp => _ => sp.GetRequiredService<ChangeSignal>().Notify());
        services.AddSingleton<ClaimsRpc>();
        return builder;
    }

    /// <summary>Binds the RPC adapter to <c>conflict.claims.v1.ClaimsService</c>.</summary>
    public static WebApplication MapClaimsService(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapConflictService<ClaimsRpc>(ClaimsService.Descriptor);
        return app;
    }
}
