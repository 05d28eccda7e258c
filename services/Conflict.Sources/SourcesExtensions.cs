using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.Feed;
using Conflict.Sources.Import;
using Conflict.Sources.Resolution;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Conflict.Sources;

/// <summary>Registers and maps the Sources service.</summary>
internal static class SourcesExtensions
{
    /// <summary>Storage (<c>ConnectionStrings:Sources</c>, default <c>Data Source=data/sources.db</c>), stores and domain services.</summary>
    public static IHostApplicationBuilder AddSourcesService(this IHostApplicationBuilder builder)
    {
        builder.AddConflictStorage("Sources", typeof(SourcesExtensions).Assembly);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SourceStore>();
        services.AddSingleton<ChangeStore>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<SourceFeed>();
        services.AddDatabaseChannel(SourceFeed.Channel, sp => _ => sp.GetRequiredService<ChangeSignal>().Notify());
        services.AddSingleton<SourceWrites>();
        services.AddSingleton<SourceImporter>();
        services.AddSingleton<ResolverCache>();
        services.AddSingleton<SourcesRpc>();
        return builder;
    }

    public static WebApplication MapSourcesService(this WebApplication app)
    {
        app.MapConflictService<SourcesRpc>(SourcesService.Descriptor);
        return app;
    }
}
