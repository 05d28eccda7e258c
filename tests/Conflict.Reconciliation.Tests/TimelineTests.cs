using Conflict.Claims.V1;
using Conflict.Reconciliation.V1;
using Conflict.Type.V1;
using Grpc.Core;

namespace Conflict.Reconciliation.Tests;

public sealed class TimelineTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task GetTimeline_AfterClaimsAreCreated_FollowsTheFeedAndCountsRelaysOnce()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-T01";
        var kyiv = await suite.AddSourceAsync("Kyiv", "ua");
        var agency = await suite.AddSourceAsync("Agency", "", Sources.V1.SourceKind.NewsAgency);
        var outlet = await suite.AddSourceAsync("Outlet", "", Sources.V1.SourceKind.NewsOutlet);
        // Act: one statement relayed by two outlets, and an independent figure the next day.
        await suite.AddClaimAsync(kyiv, Variable, "2024-08-10", Suite.Point(500), reporter: agency);
        await suite.AddClaimAsync(kyiv, Variable, "2024-08-10", Suite.Point(500), reporter: outlet);
        await suite.AddClaimAsync(agency, Variable, "2024-08-11", Suite.Point(450));
        var timeline = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 3);
        // Assert
        Assert.Equal(["2024-08-10", "2024-08-11"], timeline.Points.Select(p => p.Date));
        Assert.Equal(1, timeline.Points[0].StatementCount);
        Assert.All(timeline.Points, p => Assert.True(p.Low <= p.Estimate && p.Estimate <= p.High));
        Assert.InRange(timeline.Points[1].Estimate, 300, 650);
        var variables = await suite.ReconciliationClient.ListVariablesAsync(new ListVariablesRequest { Measure = "area_controlled", PageSize = 1000 });
        var listed = Assert.Single(variables.Variables, v => v.Variable_ == Variable);
        Assert.Equal(3, listed.ClaimCount);
        Assert.Equal(2, listed.StatementCount);
    }

    [Fact]
    public async Task GetTimeline_ClaimRetracted_DropsItsEvidence()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-T02";
        var source = await suite.AddSourceAsync("Retractor", "");
        var kept = await suite.AddClaimAsync(source, Variable, "2024-09-01", Suite.Point(300));
        var wrong = await suite.AddClaimAsync(source, Variable, "2024-09-02", Suite.Point(3000));
        await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 2);
        // Act
        await suite.ClaimsClient.RetractClaimAsync(new RetractClaimRequest { Name = wrong, Reason = "typo" });
        var timeline = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 1);
        // Assert
        Assert.Equal(kept, Assert.Single(timeline.Evidence).Claim);
    }

    [Fact]
    public async Task GetTimeline_BaselineMethodAndDailyGrid_ComputesOnDemand()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-T03";
        var a = await suite.AddSourceAsync("Grid A", "");
        var b = await suite.AddSourceAsync("Grid B", "");
        await suite.AddClaimAsync(a, Variable, "2024-10-01", Suite.Point(100, Qualifier.Exact));
        await suite.AddClaimAsync(b, Variable, "2024-10-01", Suite.Point(300, Qualifier.Exact));
        await suite.AddClaimAsync(a, Variable, "2024-10-05", Suite.Point(200, Qualifier.Exact));
        await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 3);
        // Act
        var mean = await suite.ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = Variable, Method = Method.Mean });
        var grid = await suite.ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = Variable, DailyGrid = true, StartDate = "2024-10-02" });
        // Assert
        Assert.Equal(Method.Mean, mean.Method);
        Assert.Equal(200, mean.Points[0].Estimate, 6);
        Assert.Equal(["2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05"], grid.Points.Select(p => p.Date));
        Assert.True(grid.Points[0].Interpolated);
        Assert.False(grid.Points[^1].Interpolated);
    }

    [Fact]
    public async Task GetTimeline_EndPastLastEvidence_ExtendsWithAWideningInterval()
    {
        // Arrange: a margin (a measure created through the API, values of both signs), last reported on 12 October.
        var measure = new Measure { Unit = "percent", Kind = MeasureKind.Level, MinValue = -100, MaxValue = 100 };
        await suite.ClaimsClient.CreateMeasureAsync(new CreateMeasureRequest { MeasureId = "support_margin", Measure = measure });
        const string Variable = "support_margin/-/RU-T05";
        var a = await suite.AddSourceAsync("Margin A", "");
        var b = await suite.AddSourceAsync("Margin B", "");
        await suite.AddClaimAsync(a, Variable, "2024-10-10", Percent(-4));
        await suite.AddClaimAsync(b, Variable, "2024-10-10", Percent(-2));
        await suite.AddClaimAsync(a, Variable, "2024-10-12", Percent(-3));
        var stored = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 3);
        // Act
        var extended = await suite.ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = Variable, EndDate = "2024-11-12" });
        var explained = await suite.ReconciliationClient.ExplainEstimateAsync(new ExplainEstimateRequest { Variable = Variable, Date = "2024-10-20" });
        // Assert
        Assert.Equal(["2024-10-10", "2024-10-12"], stored.Points.Select(p => p.Date));
        Assert.True(stored.Points[^1].Estimate < 0, $"negative figures give a negative estimate: {stored.Points[^1].Estimate}");
        Assert.Equal(["2024-10-10", "2024-10-12", "2024-11-12"], extended.Points.Select(p => p.Date));
        var (last, now) = (extended.Points[1], extended.Points[2]);
        Assert.True(now.Interpolated);
        Assert.Equal(stored.Revision, extended.Revision);
        Assert.Equal(last.Estimate, now.Estimate, 6);
        Assert.True(now.High - now.Low > last.High - last.Low, "a month without news widens the interval");
        Assert.Equal("2024-10-20", explained.Point.Date);
        Assert.Contains("carried forward from the last evidence", explained.Summary);
    }

    [Fact]
    public async Task GetTimeline_Settled_FiguresStayUntilNewClaimsArrive()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-T06";
        var a = await suite.AddSourceAsync("Settle A", "");
        var b = await suite.AddSourceAsync("Settle B", "ua");
        await suite.AddClaimAsync(a, Variable, "2024-10-20", Suite.Point(700));
        await suite.AddClaimAsync(b, Variable, "2024-10-20", Suite.Point(900));
        // Act
        var settled = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 2 && t.Settled);
        await Task.Delay(TimeSpan.FromSeconds(3)); // longer than the worker's quiet period and re-learning interval
        var later = await suite.ReconciliationClient.GetTimelineAsync(new GetTimelineRequest { Variable = Variable });
        await suite.AddClaimAsync(a, Variable, "2024-10-21", Suite.Point(720));
        var updated = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 3 && t.Settled);
        // Assert
        Assert.True(later.Settled);
        Assert.Equal(settled.Revision, later.Revision);
        Assert.Equal(settled.Points, later.Points);
        Assert.True(updated.Revision > settled.Revision);
    }

    [Fact]
    public async Task WatchTimeline_NewClaim_StreamsTheUpdatedTimeline()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-T04";
        var source = await suite.AddSourceAsync("Watcher", "");
        await suite.AddClaimAsync(source, Variable, "2024-11-01", Suite.Point(50));
        await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 1);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var call = suite.ReconciliationClient.WatchTimeline(new WatchTimelineRequest { Variable = Variable }, new CallOptions(cancellationToken: cts.Token));
        Assert.True(await call.ResponseStream.MoveNext(cts.Token));
        var first = call.ResponseStream.Current;
        // Act
        await suite.AddClaimAsync(source, Variable, "2024-11-02", Suite.Point(60));
        Timeline next;
        do
        {
            Assert.True(await call.ResponseStream.MoveNext(cts.Token));
            next = call.ResponseStream.Current;
        }
        while (next.Evidence.Count < 2);
        // Assert
        Assert.Single(first.Evidence);
        Assert.True(first.Revision > 0, "a stored timeline carries the revision it was saved with");
        Assert.True(next.Revision > first.Revision);
        Assert.Equal("2024-11-02", next.Points[^1].Date);
    }

    private static Quantity Percent(double value) => new() { Qualifier = Qualifier.Exact, Point = value, Unit = "percent" };
}
