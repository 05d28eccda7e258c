using Conflict.Gateway.Tests.Hosting;
using Conflict.Reconciliation.V1;

namespace Conflict.Gateway.Tests;

public sealed class ReconciliationApiTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task ListVariables_ReturnsDemoVariables()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/variables")).ReadMessageAsync<ListVariablesResponse>();
        // Assert
        Assert.Equal(["area_controlled/ua/RU-KRS", "localities_controlled/ua/RU-KRS"], page.Variables.Select(v => v.Variable_));
    }

    [Theory]
    [InlineData("/v1/timelines/area_controlled/ua/RU-KRS")]
    [InlineData("/v1/timelines/area_controlled%2Fua%2FRU-KRS")]
    public async Task GetTimeline_PlainOrEncodedSlashes_ReturnsTimeline(string path)
    {
        // Act
        var timeline = await (await suite.Http.GetAsync(path)).ReadMessageAsync<Timeline>();
        // Assert
        Assert.Equal("area_controlled/ua/RU-KRS", timeline.Variable);
        Assert.Equal(4, timeline.Points.Count);
        Assert.Contains(timeline.Evidence, e => e.ClaimantParty == "ua");
    }

    [Fact]
    public async Task GetTimeline_UnknownVariable_Returns404Problem()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/timelines/nothing/-/XX")).ReadProblemAsync(404);
        // Assert
        Assert.Equal("VARIABLE_NOT_FOUND", problem.GetProperty("type").GetString());
        Assert.Equal("reconciliation", problem.GetProperty("service").GetString());
    }

    [Fact]
    public async Task ExplainEstimate_DateQuery_ExplainsThatDay()
    {
        // Act
        var response = await suite.Http.GetAsync("/v1/timelines/localities_controlled/ua/RU-KRS:explain?date=2024-08-13");
        var explanation = await response.ReadMessageAsync<ExplainEstimateResponse>();
        // Assert
        Assert.Equal("2024-08-13", explanation.Point.Date);
        Assert.Equal(28, explanation.Point.Estimate);
    }

    [Fact]
    public async Task ExplainEstimate_NoDate_Returns400WithViolation()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/timelines/localities_controlled/ua/RU-KRS:explain")).ReadProblemAsync(400);
        // Assert
        Assert.Equal("date", problem.GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ListConflicts_VariableQuery_ReturnsConflicts()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/conflicts?variable=area_controlled/ua/RU-KRS")).ReadMessageAsync<ListConflictsResponse>();
        // Assert
        Assert.All(page.Conflicts, c => Assert.Equal("area_controlled/ua/RU-KRS", c.Variable));
    }

    [Fact]
    public async Task SourceAssessments_ListAndGet_ReturnAssessments()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/sourceAssessments")).ReadMessageAsync<ListSourceAssessmentsResponse>();
        var one = await (await suite.Http.GetAsync("/v1/sourceAssessments/syrsky")).ReadMessageAsync<SourceAssessment>();
        // Assert
        Assert.Contains(page.SourceAssessments, a => a.Source == "sources/isw");
        Assert.Equal(1.25, one.BiasFactor);
    }

    [Fact]
    public async Task FuseClaims_ClientStreamFromArray_ReturnsFusedValues()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/fuse", HttpJson.Body("""
            [{"rows":[{"object":"kursk/area","source":"a","value":"800"},{"object":"kursk/area","source":"b","value":"1000"}]},
             {"rows":[{"object":"sudzha","source":"a","value":"ua"}]}]
            """));
        var fused = await response.ReadMessageAsync<FuseClaimsResponse>();
        // Assert
        Assert.Equal(["kursk/area", "sudzha"], fused.Values.Select(v => v.Object));
        Assert.Equal(2, fused.Sources.Single(s => s.Source == "a").ClaimCount);
    }

    [Fact]
    public async Task FuseClaims_BodyNotArray_Returns400()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/fuse", HttpJson.Body("""{"rows":[]}"""))).ReadProblemAsync(400);
        // Assert
        Assert.Equal("body", problem.GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task UnknownV1Route_Returns404Problem()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/nothing-here")).ReadProblemAsync(404);
        // Assert
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
    }
}
