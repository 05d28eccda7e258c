using Conflict.Gateway.Api;
using Conflict.Gateway.Backends;
using Conflict.Gateway.Errors;
using Conflict.Gateway.Health;
using Conflict.Gateway.OpenApi;
using Conflict.Gateway.Rpc;
using Conflict.Gateway.Web;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway;

/// <summary>Composition of the gateway: services, middleware and routes.</summary>
public static class GatewayExtensions
{
    /// <summary>
    /// Registers the channels to the services (<c>Services:Sources</c>, <c>Services:Claims</c>,
    /// <c>Services:Reconciliation</c>). Kestrel keeps its defaults: HTTP/1.1 on cleartext endpoints,
    /// HTTP/1.1 and HTTP/2 on TLS endpoints when configured.
    /// </summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<BackendOptions>(builder.Configuration.GetSection(BackendOptions.Section));
        builder.Services.AddSingleton<BackendChannels>();
        builder.Services.AddSingleton<RouteCatalog>();
        return builder;
    }

    /// <summary>Maps the problem handler, health, the /v1 API, the OpenAPI document and the page.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ProblemMiddleware>();
        app.UseConflictSecurity();
        app.MapHealthApi();
        app.MapSourcesApi();
        app.MapClaimsApi();
        app.MapReconciliationApi();
        app.MapOpenApiDocument();
        app.MapWebAssets();
        app.MapFallback("/v1/{**path}", (HttpContext http) => Results.Content(
            ProblemMapper.NotFound($"No route {http.Request.Method} {http.Request.Path}.", http.Request.Path.Value).ToJson(),
            Problem.ContentType, statusCode: 404));
        return app;
    }
}
