using System.Net;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;

namespace Conflict.EndToEnd.Tests;

[Collection(SuiteDefinition.Name)]
public sealed class SuiteTests(SuiteProcess suite)
{
    private const string Variable = "area_controlled/ua/RU-KRS";

    [Fact]
    public async Task Up_Suite_GatewayIsLiveAndReady()
    {
        // Arrange
        using var http = new HttpClient();
        // Act
        using var live = await http.GetAsync(suite.Addresses.Gateway + "/healthz");
        using var ready = await http.GetAsync(suite.Addresses.Gateway + "/readyz");
        // Assert
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Up_SecondSuiteOnTheSamePorts_FailsNamingThePort()
    {
        // Act
        var (exit, _, err) = await Client.RunAsync(suite, "up", "--data-dir", suite.Data.File("second"),
            "--sources-port", suite.Ports.Sources.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--claims-port", suite.Ports.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Assert
        Assert.Equal(1, exit);
        Assert.Contains($"port {suite.Ports.Sources} for sources is already in use", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAndIngest_ThroughTheClient_TimelineReadsTheSameThroughClientAndGateway()
    {
        // Arrange
        var sources = await Client.RunAsync(suite, "sources", "import", Client.Repository("demo", "sources.json"));
        // Act
        var import = await Client.RunAsync(suite, "claims", "import", Client.Repository("demo", "claims.csv"));
        var ingest = await Client.RunAsync(suite, "ingest", Client.Repository("demo", "articles", "01-syrskyi-mid-august-en.txt"), "--json");
        var active = await Client.RunAsync(suite, "claims", "list", "--variable", Variable, "--state", "active", "--json");
        var expected = Conflict.Cli.Formatting.JsonOutput.Parse<Conflict.Claims.V1.ListClaimsResponse>(active.Out).Claims.Count;
        var timeline = await Eventually.GetAsync(() => ReadTimelineAsync(Variable), t => t.Evidence.Count >= expected && t.Settled);
        using var http = new HttpClient();
        var viaGateway = JsonOutput.Parse<Timeline>(await http.GetStringAsync($"{suite.Addresses.Gateway}/v1/timelines/{Variable}"));
        // Assert
        Assert.Equal(0, sources.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("100 rows, 100 created, 0 duplicates, 0 rejected", import.Out, StringComparison.Ordinal);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("\"claims\"", ingest.Out, StringComparison.Ordinal);
        Assert.True(expected >= 19, $"{expected} active claims");
        Assert.Equal(expected, timeline.Evidence.Count);
        Assert.NotEmpty(timeline.Points);
        Assert.All(timeline.Points, p => Assert.True(p.Low <= p.Estimate && p.Estimate <= p.High, p.ToString()));
        // Settled: what the client printed is what the page shows, figure for figure.
        Assert.Equal(timeline.Revision, viaGateway.Revision);
        Assert.Equal(timeline.Points.Select(p => (p.Date, p.Estimate, p.Low, p.High)), viaGateway.Points.Select(p => (p.Date, p.Estimate, p.Low, p.High)));
        Assert.Equal(timeline.Variable, viaGateway.Variable);
    }

    /// <summary>The timeline through the client; empty while the reconciliation has not seen the variable (NOT_FOUND).</summary>
    private async Task<Timeline> ReadTimelineAsync(string variable)
    {
        var (exit, output, _) = await Client.RunAsync(suite, "timeline", variable, "--format", "json");
        return exit == 0 ? JsonOutput.Parse<Timeline>(output) : new Timeline();
    }

    [Fact]
    public async Task Watch_NewClaim_PrintsTheChangedTimeline()
    {
        // Arrange
        const string variable = "localities_controlled/ua/RU-KRS";
        await Client.RunAsync(suite, "claims", "add", "-c", "Volodymyr Zelensky", "-m", "localities_controlled", "--party", "ua", "--place", "RU-KRS", "-v", "74", "-d", "2024-08-13");
        var output = new LineSignalingWriter();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // Act
        var watching = Client.RunAsync(suite, output, cts.Token, "watch", variable, "--json", "--count", "2");
        await output.WaitForLinesAsync(1, cts.Token);
        var add = await Client.RunAsync(suite, "claims", "add", "-c", "Alexei Smirnov", "-m", "localities_controlled", "--party", "ua", "--place", "RU-KRS", "-v", "28", "-d", "2024-08-12", "--request-id", "e2e-watch-smirnov");
        var (exit, printed, _) = await watching;
        // Assert
        Assert.Equal(0, add.ExitCode);
        Assert.Equal(0, exit);
        var revisions = printed.TrimEnd().Split(Environment.NewLine).Select(JsonOutput.Parse<Timeline>).ToList();
        Assert.Equal(2, revisions.Count);
        Assert.True(revisions[1].Revision > revisions[0].Revision);
        Assert.Contains(revisions[1].Evidence, e => e.Quantity.Point == 28);
    }
}
