using Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Tests;

public sealed class FeedResumeTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task Reconciliation_RestartedItselfAndClaimsRestarted_NeitherMissesNorDoubleCounts()
    {
        // Arrange
        const string Variable = "area_controlled/ua/RU-R01";
        var source = await suite.AddSourceAsync("Resumer", "");
        await suite.AddClaimAsync(source, Variable, "2024-08-20", Suite.Point(900));
        await suite.AddClaimAsync(source, Variable, "2024-08-21", Suite.Point(950));
        await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 2);
        // Act: restart Reconciliation (it resumes from its stored cursor), then Claims (the follower reconnects).
        suite.Reconciliation.Restart();
        await suite.AddClaimAsync(source, Variable, "2024-08-22", Suite.Point(990));
        suite.Claims.RestartOnSamePort();
        await suite.AddClaimAsync(source, Variable, "2024-08-23", Suite.Point(1010));
        var timeline = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == 4);
        // Assert
        var variables = await suite.ReconciliationClient.ListVariablesAsync(new ListVariablesRequest { Measure = "area_controlled" });
        Assert.Equal(4, variables.Variables.Single(v => v.Variable_ == Variable).ClaimCount);
        Assert.Equal(4, timeline.Evidence.Select(e => e.Claim).Distinct().Count());
    }
}
