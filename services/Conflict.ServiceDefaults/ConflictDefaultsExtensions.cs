using Conflict.Grpc;
using Conflict.ServiceDefaults.Health;
using Conflict.ServiceDefaults.Logging;
using Conflict.ServiceDefaults.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.ServiceDefaults;

/// <summary>What every Conflict service sets up the same way: logging, Kestrel, the gRPC layer, health, reflection.</summary>
public static class ConflictDefaultsExtensions
{
    /// <summary>
    /// One-line console logs prefixed with the service name; HTTP/2-only Kestrel endpoints (h2c); the gRPC layer
    /// with a logging and metrics interceptor; the health registry.
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
        builder.Services.AddSingleton<HealthStatusRegistry>();
        builder.Services.AddSingleton<CallLoggingInterceptor>();
        builder.Services.AddSingleton<HealthService>();
        builder.Services.AddSingleton<ReflectionService>();
        builder.Services.AddSingleton<ReflectionV1AlphaService>();
        builder.Services.AddGrpcLayer(o => o.Interceptors.Add(typeof(CallLoggingInterceptor)));
        return builder;
    }

    /// <summary>
    /// Maps <c>grpc.health.v1.Health</c> (every mapped service SERVING, and the server as a whole under "") and
    /// server reflection (v1 and v1alpha) over the services this application maps, before or after this call.
    /// </summary>
    public static WebApplication MapConflictDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var registry = app.Services.GetRequiredService<GrpcServiceRegistry>();
        var health = app.Services.GetRequiredService<HealthStatusRegistry>();
        health.SetStatus("", ServingStatus.Serving);
        foreach (var service in registry.Services)
        {
            health.SetStatus(service.FullName, ServingStatus.Serving);
        }
        registry.ServiceMapped += service => health.SetStatus(service.FullName, ServingStatus.Serving);
        app.MapGrpcService<HealthService>(global::Grpc.Health.V1.HealthClient.Descriptor);
        app.MapGrpcService<ReflectionService>(global::Grpc.Reflection.V1.ServerReflectionClient.Descriptor);
        app.MapGrpcService<ReflectionV1AlphaService>(global::Grpc.Reflection.V1Alpha.ServerReflectionClient.Descriptor);
        return app;
    }

    private static string DefaultServiceName(string applicationName)
    {
        var name = applicationName.StartsWith("Conflict.", StringComparison.Ordinal) ? applicationName["Conflict.".Length..] : applicationName;
        return name.ToLowerInvariant();
    }
}
