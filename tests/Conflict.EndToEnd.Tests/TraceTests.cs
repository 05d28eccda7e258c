using System.Diagnostics;
using Conflict.Claims;
using Conflict.Cli.Cli;
using Conflict.Sources;
using Conflict.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Conflict.EndToEnd.Tests;

/// <summary>One trace follows a request from the CLI through Claims to Sources (W3C trace context over gRPC).</summary>
public sealed class TraceTests
{
    [Fact]
    public async Task ClaimsAdd_FromTheCli_OneTraceSpansCliClaimsAndSources()
    {
        // Arrange: an in-memory exporter listening to the CLI, to ASP.NET Core (both services) and to HttpClient
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource("Conflict.Cli")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddInMemoryExporter(spans)
            .Build();
        using var sources = new ServiceHost<SourcesServiceMarker>();
        using var claims = new ServiceHost<ClaimsServiceMarker>();
        claims.UseSetting("Services:Sources", sources.Address.ToString());
        var output = new StringWriter();
        var error = new StringWriter();

        // Act: the claimant is a name, which Claims resolves through Sources
        var exit = await CliApp.RunAsync(
            ["--server", "sources=" + sources.Address.ToString().TrimEnd('/'), "--server", "claims=" + claims.Address.ToString().TrimEnd('/'),
             "claims", "add", "--claimant", "Someone Unlisted", "--measure", "area_controlled", "--party", "ua", "--place", "RU-KRS",
             "--point", "100", "--unit", "km2", "--as-of", "2024-08-20", "--token", TestTokens.Admin],
            CliContext.ForWriters(output, error), CancellationToken.None);
        tracing.ForceFlush();

        // Assert
        Assert.True(exit == 0, error.ToString());
        var command = Assert.Single(spans, s => s.Source.Name == "Conflict.Cli");
        var trace = spans.Where(s => s.TraceId == command.TraceId).ToList();
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && Names(s, "/conflict.claims.v1.ClaimsService/CreateClaim"));
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && Names(s, "/conflict.sources.v1.SourcesService/"));
    }

    private static bool Names(Activity span, string path) =>
        span.DisplayName.Contains(path, StringComparison.Ordinal)
        || span.TagObjects.Any(t => t.Value is string value && value.Contains(path, StringComparison.Ordinal));
}
