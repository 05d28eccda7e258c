using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Health;
using Conflict.ServiceDefaults.Limits;
using Conflict.ServiceDefaults.Logging;
using Conflict.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflict.ServiceDefaults;

/// <summary>What every Conflict service sets up the same way: logging, telemetry, Kestrel, gRPC, health, reflection.</summary>
public static class ConflictDefaultsExtensions
{
    /// <summary>
    /// One-line console logs prefixed with the service name; OpenTelemetry; bearer-token auth; rate and size limits;
    /// HTTP/2-only Kestrel endpoints (h2c);
    /// the gRPC server (Grpc.AspNetCore) with the call logging interceptor; reflection; health checks.
    /// </summary>
    public static WebApplicationBuilder AddConflictDefaults(this WebApplicationBuilder builder, Action<ConflictDefaultsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ConflictDefaultsOptions();
        configure?.Invoke(options);
        var serviceName = options.ServiceName ?? DefaultServiceName(builder.Environment.ApplicationName);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = ServiceConsoleFormatter.FormatterName)
            .AddConsoleFormatter<ServiceConsoleFormatter, ServiceConsoleFormatterOptions>(o => o.ServiceName = serviceName);
        var configuredProtocols = builder.Configuration["Kestrel:EndpointDefaults:Protocols"];
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.Http2Only && string.IsNullOrEmpty(configuredProtocols))
            {
                kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2);
            }
        });
        builder.AddConflictTelemetry(serviceName);
        builder.AddConflictAuth(serviceName);
        builder.AddConflictLimits();
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<CallLoggingInterceptor>();
            o.MaxReceiveMessageSize = ConflictLimits.MaxMessageBytes;
        });
        builder.Services.UseDecodeErrorBinder();
        builder.Services.AddGrpcReflection();
        builder.AddConflictHealthChecks();
        return builder;
    }

    /// <summary>
    /// Maps <c>grpc.health.v1.Health</c> (the server as a whole under "", and each service mapped with
    /// <see cref="MapConflictService{TService}"/>, SERVING while every readiness check passes) and server
    /// reflection (v1 and v1alpha) over the services this application maps.
    /// </summary>
    public static WebApplication MapConflictDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseConflictSecurity();
        app.Services.MapHealthName("");
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }

    /// <summary>
    /// Authentication, then authorization, then rate limiting (which partitions by the authenticated principal), in
    /// that order, ahead of the endpoints.
    /// </summary>
    public static WebApplication UseConflictSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps a gRPC service and gives it its own name in the health service.</summary>
    public static WebApplication MapConflictService<TService>(this WebApplication app, Google.Protobuf.Reflection.ServiceDescriptor descriptor)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(descriptor);
        app.MapGrpcService<TService>();
        app.Services.MapHealthName(descriptor.FullName);
        return app;
    }

    private static string DefaultServiceName(string applicationName)
    {
        var name = applicationName.StartsWith("Conflict.", StringComparison.Ordinal) ? applicationName["Conflict.".Length..] : applicationName;
        return name.ToLowerInvariant();
    }
}
