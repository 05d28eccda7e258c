using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Conflict.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry as eShop's ServiceDefaults set it up: traces of incoming (ASP.NET Core, gRPC server) and outgoing
/// (HttpClient, Grpc.Net.Client) calls joined by W3C trace context, the built-in meters of ASP.NET Core,
/// Grpc.AspNetCore.Server, Grpc.Net.Client and the runtime plus Conflict's own, and logs; all exported over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard OpenTelemetry variables configure the exporter).
/// </summary>
public static class ConflictTelemetry
{
    /// <summary>The meter of Conflict's own instruments (calls, claims imported, timelines recomputed, feed lag).</summary>
    public const string MeterName = "Conflict";

    /// <summary>The activity source of Conflict's own spans.</summary>
    public static readonly ActivitySource ActivitySource = new("Conflict");

    /// <summary>Registers the providers; <paramref name="configure"/> lets tests add an in-memory exporter.</summary>
    public static WebApplicationBuilder AddConflictTelemetry(this WebApplicationBuilder builder, string serviceName,
        Action<TracerProviderBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("conflict-" + serviceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Grpc.AspNetCore.Server", "Grpc.Net.Client", MeterName))
            .WithTracing(t =>
            {
                t.AddSource(ActivitySource.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal))
                    .AddHttpClientInstrumentation();
                configure?.Invoke(t);
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }
        return builder;
    }
}
