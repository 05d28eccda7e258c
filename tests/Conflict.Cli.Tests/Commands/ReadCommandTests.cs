using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Tests.Formatting;
using Conflict.Reconciliation.V1;
using Conflict.Sources.V1;
using Conflict.Type.V1;

namespace Conflict.Cli.Tests.Commands;

public sealed class ReadCommandTests
{
    [Theory]
    [InlineData("csv", "2024-08-15,1000.5,850,1150,1,false")]
    [InlineData("json", "\"variable\": \"area_controlled/ua/RU-KRS\"")]
    [InlineData("chart", TimelineChart)]
    [InlineData("table", "850 – 1,150")]
    public async Task Timeline_EachFormat_PrintsTheTimeline(string format, string expected)
    {
        // Arrange
        var invoker = new FakeCallInvoker().On<GetTimelineRequest, Timeline>("GetTimeline", _ => SampleTimelines.Kursk());
        // Act
        var run = await CliRun.RunAsync(invoker, "timeline", "area_controlled/ua/RU-KRS", "--format", format, "--from", "2024-08-01", "--method", "median", "--grid");
        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Out, StringComparison.Ordinal);
        var request = (GetTimelineRequest)invoker.Requests.Single().Request;
        Assert.Equal(("2024-08-01", Method.Median, true), (request.StartDate, request.Method, request.DailyGrid));
    }

    private const string TimelineChart = "* estimate";

    [Fact]
    public async Task Watch_Count_PrintsOneLinePerRevisionThenStops()
    {
        // Arrange
        var invoker = new FakeCallInvoker().OnStream<WatchTimelineRequest, Timeline>("WatchTimeline",
            _ => [new Timeline { Variable = "area_controlled/ua/RU-KRS", Revision = 1 }, SampleTimelines.Kursk(), SampleTimelines.Kursk()]);
        // Act
        var run = await CliRun.RunAsync(invoker, "watch", "area_controlled/ua/RU-KRS", "--count", "2");
        // Assert
        var lines = run.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("revision 1: no estimate yet", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("revision 7: area_controlled/ua/RU-KRS 1,150 km2 on 2024-08-19 (90% 1,000 – 1,300), 3 days, 4 claims", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truth-finder", Method.TruthFinder)]
    [InlineData("dawid_skene", Method.DawidSkene)]
    [InlineData("CRH", Method.Crh)]
    [InlineData(null, Method.Unspecified)]
    public void MethodNames_EveryBaseline_ParsesFromItsName(string? name, Method expected) =>
        Assert.Equal(expected, Conflict.Cli.Formatting.MethodNames.Parse(name));

    [Fact]
    public async Task Fuse_Tsv_StreamsRowsWithTheMethodOnTheFirstAndWritesTheTruths()
    {
        // Arrange
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        File.WriteAllText(input, "object\tsource\tvalue\nkursk/area\tAFP\t800\nkursk/area\tSyrskyi\t1000\nsudzha/holder\tDeepState\tru\n");
        var invoker = new FakeCallInvoker().OnStream<FuseClaimsRequest, FuseClaimsResponse>("FuseClaims", requests => [new FuseClaimsResponse
        {
            Values = { new FusedValue { Object = "kursk/area", Value = "880", Low = 800, High = 1000 }, new FusedValue { Object = "sudzha/holder", Value = "ru", Confidence = 1 } },
            Sources = { new FusedSource { Source = "AFP", ClaimCount = 1 }, new FusedSource { Source = "Syrskyi", ClaimCount = 1 }, new FusedSource { Source = "DeepState", ClaimCount = 1 } },
        }]);
        // Act
        var run = await CliRun.RunAsync(invoker, "fuse", "--input", input, "--columns", "object,source,value", "--method", "crh", "--output", output);
        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("object\tvalue\tlow\thigh\nkursk/area\t880\t800\t1000\nsudzha/holder\tru\t\t\n", File.ReadAllText(output).ReplaceLineEndings("\n"));
        var sent = invoker.Requests.Select(r => (FuseClaimsRequest)r.Request).ToList();
        Assert.Equal(Method.Crh, Assert.Single(sent).Method); // one batch carries the three rows and the method
        Assert.Equal(["AFP", "Syrskyi", "DeepState"], sent[0].Rows.Select(r => r.Source));
        File.Delete(input);
        File.Delete(output);
    }

    [Fact]
    public async Task Extract_Jsonl_NamesTheClaimantByTheResolvedSourcesDisplayName()
    {
        // Arrange
        var article = Path.GetTempFileName();
        File.WriteAllText(article, "Syrskyi said Ukraine held 1,150 square kilometres.");
        var claim = new Claim
        {
            Measure = "measures/area_controlled", Claimant = "sources/syrskyi", ClaimantText = "Syrskyi", ReporterText = "Demo desk",
            Scope = new Scope { Party = "ua", Place = "RU-KRS" }, AsOf = new DateSpan { StartDate = "2024-08-15" },
            Quantity = new Quantity { Qualifier = Qualifier.Exact, Point = 1150, Unit = "km2" },
        };
        var invoker = new FakeCallInvoker()
            .On<ExtractClaimsRequest, ExtractClaimsResponse>("ExtractClaims", r => new ExtractClaimsResponse { Claims = { claim } })
            .On<GetSourceRequest, Source>("GetSource", r => new Source { Name = r.Name, DisplayName = "Oleksandr Syrskyi" });
        // Act
        var run = await CliRun.RunAsync(invoker, "extract", article, "--published", "2024-08-15", "--language", "en", "--publisher", "Demo desk", "--format", "jsonl");
        // Assert
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Out.TrimEnd().Split(Environment.NewLine));
        Assert.Contains("\"claimant\":\"Oleksandr Syrskyi\"", line, StringComparison.Ordinal);
        Assert.Contains("\"asOfEnd\":\"2024-08-15\"", line, StringComparison.Ordinal);
        var request = (ExtractClaimsRequest)invoker.Requests[0].Request;
        Assert.Equal(("en", "Demo desk", new DateTime(2024, 8, 15, 0, 0, 0, DateTimeKind.Utc)), (request.Language, request.Publisher, request.PublishTime.ToDateTime()));
        File.Delete(article);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Extract_WithoutASuite_ExtractsHereWithNamesAsWritten(bool offline)
    {
        // Arrange: nothing listens on the suite's ports (a closed local port), or --offline says not to try.
        var article = Path.GetTempFileName();
        File.WriteAllText(article, "General Ivan Petrenko said on Monday that the militia held 312 square kilometres of the Kursk region.");
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var environment = new Dictionary<string, string>
        {
            ["CONFLICT_CLAIMS"] = $"http://127.0.0.1:{port}", ["CONFLICT_SOURCES"] = $"http://127.0.0.1:{port}",
        };
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["extract", article, "--published", "2024-08-15", "--language", "en", "--publisher", "Demo desk", "--format", "jsonl"];
        // Act
        var exit = await CliApp.RunAsync(offline ? [.. args, "--offline"] : args, CliContext.ForWriters(output, error, environment));
        // Assert
        Assert.Equal(0, exit);
        var line = Assert.Single(output.ToString().TrimEnd().Split(Environment.NewLine));
        Assert.Contains("\"measure\":\"area_controlled\"", line, StringComparison.Ordinal);
        Assert.Contains("\"point\":312", line, StringComparison.Ordinal);
        Assert.Contains("\"claimant\":\"Ivan Petrenko\"", line, StringComparison.Ordinal);
        Assert.Equal(!offline, error.ToString().Contains("no Claims service answered", StringComparison.Ordinal));
        File.Delete(article);
    }

    [Fact]
    public async Task SourcesList_SeveralPages_ReadsThemAll()
    {
        // Arrange
        var invoker = new FakeCallInvoker().On<ListSourcesRequest, ListSourcesResponse>("ListSources", r => r.PageToken == ""
            ? new ListSourcesResponse { Sources = { new Source { Name = "sources/afp", DisplayName = "Agence France-Presse" } }, NextPageToken = "p2" }
            : new ListSourcesResponse { Sources = { new Source { Name = "sources/isw", DisplayName = "Institute for the Study of War" } } });
        // Act
        var run = await CliRun.RunAsync(invoker, "sources", "list", "--json");
        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("sources/afp", run.Out, StringComparison.Ordinal);
        Assert.Contains("sources/isw", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, invoker.Requests.Count);
    }
}
