using Conflict.Gateway.Tests.Hosting;
using Conflict.Reconciliation.V1;
using Google.Protobuf;

namespace Conflict.Gateway.Tests;

/// <summary>Claims posted through the gateway come back reconciled by the real Reconciliation service.</summary>
public sealed class RealTimelineTests(RealSuiteFixture suite) : IClassFixture<RealSuiteFixture>
{
    [Fact]
    public async Task Timeline_ClaimsPosted_ReconciledWithBandExplainAndAssessments()
    {
        // Arrange
        await RealDemo.SeedSourcesAsync(suite.Http);
        var count = await RealDemo.SeedClaimsAsync(suite.Http, RealDemo.Area);
        // Act
        var timeline = await RealDemo.WaitForTimelineAsync(suite.Http, RealDemo.Area, count);
        var firstDate = timeline.Points[0].Date;
        var explained = await (await suite.Http.GetAsync($"/v1/timelines/{RealDemo.Area}:explain?date={firstDate}")).ReadMessageAsync<ExplainEstimateResponse>();
        var variables = await (await suite.Http.GetAsync("/v1/variables")).ReadMessageAsync<ListVariablesResponse>();
        var conflicts = await suite.Http.GetAsync($"/v1/conflicts?variable={RealDemo.Area}");
        var assessments = await suite.Http.GetAsync("/v1/sourceAssessments");
        // Assert
        Assert.Equal(count, timeline.Evidence.Count);
        Assert.All(timeline.Points, p => Assert.InRange(p.Estimate, p.Low, p.High));
        Assert.Contains(timeline.Evidence, e => e.ClaimantParty == "ua");
        Assert.Equal(firstDate, explained.Point.Date);
        Assert.Contains(variables.Variables, v => v.Variable_ == RealDemo.Area);
        Assert.True(conflicts.IsSuccessStatusCode);
        Assert.True(assessments.IsSuccessStatusCode); // assessments need more statements than this demo has
    }

    [Fact]
    public async Task WatchTimeline_ClaimPosted_StreamsNewRevision()
    {
        // Arrange
        const string variable = "area_controlled/ua/UA-59";
        await RealDemo.SeedSourcesAsync(suite.Http);
        var count = await RealDemo.SeedClaimsAsync(suite.Http, variable);
        await RealDemo.WaitForTimelineAsync(suite.Http, variable, count);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var response = await suite.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/timelines/{variable}:watch"), HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var events = new SseReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var first = JsonParser.Default.Parse<Timeline>((await events.NextAsync(cts.Token))!.Data);
        // Act
        (await suite.Http.PostAsync("/v1/claims", HttpJson.Body(RealDemo.Claim("ru-mod", variable, "2024-09-01", "QUALIFIER_AT_MOST", "\"high\":400", "no more than 400 km²")), cts.Token)).EnsureSuccessStatusCode();
        Timeline next;
        do
        {
            next = JsonParser.Default.Parse<Timeline>((await events.NextAsync(cts.Token))!.Data);
        }
        while (next.Evidence.Count <= first.Evidence.Count);
        // Assert
        Assert.Equal(count, first.Evidence.Count);
        Assert.Equal(count + 1, next.Evidence.Count);
        Assert.True(next.Revision > first.Revision);
        Assert.Contains(next.Evidence, e => e.ClaimantParty == "ru");
    }
}
