using Conflict.Reconciliation.V1;
using Conflict.Testing;
using Conflict.Type.V1;

namespace Conflict.Reconciliation.Tests;

/// <summary>The founding case: Ukraine's controlled area in Kursk, from the facts table of the shared corpus.</summary>
public sealed class KurskTests(Suite suite) : IClassFixture<Suite>
{
    private const string Variable = "area_controlled/ua/RU-KRS";

    [SharedCorpusFact(KurskFacts.Table)]
    public async Task Timeline_KurskArea_RisesInAugustFallsByMarchAndDiscountsUkrainianFigures()
    {
        // Arrange: every area_controlled fact, each claimant a source with its alignment.
        var facts = KurskFacts.Load().Where(f => f.Measure == "area_controlled" && f.ScopeParty == "ua").ToList();
        var sources = new Dictionary<string, string>();
        foreach (var fact in facts)
        {
            if (!sources.TryGetValue(fact.Claimant, out var source))
            {
                sources[fact.Claimant] = source = await suite.AddSourceAsync(fact.Claimant, fact.Party);
            }
            await suite.AddClaimAsync(source, Variable, fact.AsOf, ToQuantity(fact));
        }
        // Act
        var timeline = await suite.WaitForTimelineAsync(Variable, t => t.Evidence.Count == facts.Count);
        var syrskyi = await WaitForAssessmentAsync(sources["Oleksandr Syrskyi"], facts.Count(f => f.Claimant == "Oleksandr Syrskyi"));
        var explained = await suite.ReconciliationClient.ExplainEstimateAsync(new ExplainEstimateRequest { Variable = Variable, Date = "2024-08-12" });
        // Assert: the shape of the campaign.
        double At(string day) => timeline.Points.Single(p => p.Date == day).Estimate;
        Assert.True(At("2024-08-27") > At("2024-08-11"), "the area rises through August");
        Assert.True(At("2025-03-16") < At("2024-09-06") / 2, "and has fallen by mid-March");
        // Ukraine's commander said about 1,000 km² on 12 August while an independent count said 800.
        Assert.InRange(At("2024-08-12"), 700, 999);
        Assert.True(syrskyi.BiasFactor > 1, $"Syrskyi's figures should read high, got {syrskyi.BiasFactor}");
        Assert.Contains(explained.Evidence, e => e.ClaimantDisplayName.StartsWith("Oleksandr Syrskyi", StringComparison.Ordinal) && e.BiasFactor > 1);
        Assert.Contains("discounted", explained.Summary, StringComparison.Ordinal);
    }

    private async Task<SourceAssessment> WaitForAssessmentAsync(string source, int statements)
    {
        for (var i = 0; i < 300; i++)
        {
            var page = await suite.ReconciliationClient.ListSourceAssessmentsAsync(new ListSourceAssessmentsRequest { PageSize = 1000 });
            var found = page.SourceAssessments.FirstOrDefault(a => a.Source == source);
            if (found is not null && found.StatementCount == statements)
            {
                return found;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No assessment of {source}.");
    }

    private static Quantity ToQuantity(KurskFacts.Fact fact)
    {
        var q = new Quantity
        {
            Unit = "km2",
            Qualifier = fact.Qualifier switch
            {
                "exact" => Qualifier.Exact,
                "more_than" => Qualifier.MoreThan,
                "at_least" => Qualifier.AtLeast,
                "range" => Qualifier.Range,
                _ => Qualifier.Approximate,
            },
        };
        if (fact.Low is { } low) { q.Low = low; }
        if (fact.High is { } high) { q.High = high; }
        if (fact.Point is { } point) { q.Point = point; }
        return q;
    }
}
