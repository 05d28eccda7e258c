using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class PartisanTests
{
    /// <summary>Ten variables: independent sources near the truth, a Ukrainian-aligned source 30% high on Ukraine's
    /// gains, a Russian-aligned one 30% low on them (it understates the other side's gains).</summary>
    private static List<VariableInput> Data()
    {
        var random = new Random(5);
        var list = new List<VariableInput>();
        for (var v = 0; v < 10; v++)
        {
            var truth = 200 + 100 * v;
            var claims = new List<ClaimInput>();
            for (var d = 0; d < 20; d += 4)
            {
                claims.Add(Claims.Make("agency", null, d, Quantity.Exact(Math.Round(truth * Math.Exp(0.03 * Gaussian(random))))));
                claims.Add(Claims.Make("monitor", null, d + 1, Quantity.Exact(Math.Round(truth * Math.Exp(0.03 * Gaussian(random))))));
                claims.Add(Claims.Make("kyiv", "ua", d + 2, Quantity.Exact(Math.Round(truth * 1.3 * Math.Exp(0.03 * Gaussian(random))))));
                claims.Add(Claims.Make("moscow", "ru", d + 3, Quantity.Exact(Math.Round(truth / 1.3 * Math.Exp(0.03 * Gaussian(random))))));
            }
            list.Add(Claims.Variable($"area_controlled/ua/P{v}", MeasureKind.Level, [.. claims]));
        }
        return list;
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Fact]
    public void ReconcileAll_AlignedSources_GetTheirBiasLearnedAndDiscounted()
    {
        // Arrange
        var data = Data();
        // Act
        var result = Reconciler.ReconcileAll(data);
        // Assert
        var kyiv = result.Sources.Single(s => s.Source == "kyiv" && s.Measure is null);
        var moscow = result.Sources.Single(s => s.Source == "moscow" && s.Measure is null);
        Assert.InRange(kyiv.Bias, 0.18, 0.34);
        Assert.InRange(moscow.Bias, 0.18, 0.34);
        Assert.True(kyiv.BiasLow > 0, kyiv.Summary);
        Assert.Contains("discounted", kyiv.Summary, StringComparison.Ordinal);
        var agency = result.Sources.Single(s => s.Source == "agency" && s.Measure is null);
        Assert.InRange(agency.Bias, -0.05, 0.05);
        for (var v = 0; v < data.Count; v++)
        {
            var truth = 200 + 100 * v;
            foreach (var p in result.Variables[v].Timeline)
            {
                Assert.InRange(p.Estimate, truth * 0.93, truth * 1.07);
            }
        }
    }

    [Fact]
    public void ReconcileVariable_WithLearnedModel_MatchesFullReconciliation()
    {
        // Arrange
        var data = Data();
        var full = Reconciler.ReconcileAll(data);
        // Act
        var single = Reconciler.ReconcileVariable(data[3], full.Model);
        // Assert
        Assert.Equal(full.Variables[3].Timeline.Count, single.Timeline.Count);
        for (var i = 0; i < single.Timeline.Count; i++)
        {
            Assert.Equal(full.Variables[3].Timeline[i].Estimate, single.Timeline[i].Estimate, 6);
        }
    }

    [Fact]
    public void Learn_StartingFromALearnedModel_StaysPut()
    {
        // Arrange
        var data = Data();
        var first = Reconciler.Learn(data);
        // Act
        var again = Reconciler.Learn(data, start: first);
        // Assert
        Assert.Equal(first.Sources["kyiv"].PartisanBias, again.Sources["kyiv"].PartisanBias, 2);
    }

    [Fact]
    public void Assess_LearnedModel_MatchesTheFullAssessment()
    {
        // Arrange
        var full = Reconciler.ReconcileAll(Data());
        // Act
        var overall = Reconciler.Assess(full.Model);
        // Assert
        var kyiv = overall.Single(a => a.Source == "kyiv");
        Assert.Equal(full.Sources.Single(a => a.Source == "kyiv" && a.Measure is null), kyiv);
    }
}
