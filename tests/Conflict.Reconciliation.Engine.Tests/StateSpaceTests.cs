using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class StateSpaceTests
{
    [Fact]
    public void ReconcileVariable_LowerBoundAboveEstimate_PushesEstimateUp()
    {
        // Arrange
        var points = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("a", null, 0, Quantity.Exact(500)), Claims.Make("b", null, 0, Quantity.Exact(520)));
        var bounded = points with { Claims = [.. points.Claims, Claims.Make("c", null, 0, Quantity.MoreThan(600))] };
        // Act
        var plain = Reconciler.ReconcileVariable(points, SourceModel.Empty).Timeline[0];
        var withBound = Reconciler.ReconcileVariable(bounded, SourceModel.Empty).Timeline[0];
        // Assert
        Assert.True(withBound.Estimate > plain.Estimate, $"{withBound.Estimate} > {plain.Estimate}");
        Assert.True(withBound.High > 600);
    }

    [Fact]
    public void ReconcileVariable_SatisfiedBound_ConstrainsWithoutPretendingToBeAPoint()
    {
        // Arrange: "at least 100" while the point evidence says about 1,000.
        var variable = Claims.Variable("civilians_killed/-/X", MeasureKind.Cumulative,
            Claims.Make("a", null, 0, Quantity.Exact(1000)), Claims.Make("b", null, 0, Quantity.AtLeast(100)));
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        Assert.InRange(result.Timeline[0].Estimate, 950, 1050);
        Assert.Equal(0, result.Claims.Single(c => c.ClaimId == variable.Claims[1].Id).Residual, 3);
    }

    [Fact]
    public void ReconcileVariable_TenRelaysOfOneStatement_CountOnce()
    {
        // Arrange
        var honest = Claims.Make("independent", null, 0, Quantity.Exact(800));
        var relayed = Enumerable.Range(0, 10)
            .Select(i => Claims.Make("partisan", "ua", 0, Quantity.Exact(1000), key: "statement-1", reporter: $"outlet{i}")).ToArray();
        var once = Claims.Variable("area_controlled/ua/X", MeasureKind.Level, honest, relayed[0]);
        var tenTimes = Claims.Variable("area_controlled/ua/X", MeasureKind.Level, [honest, .. relayed]);
        // Act
        var a = Reconciler.ReconcileVariable(once, SourceModel.Empty);
        var b = Reconciler.ReconcileVariable(tenTimes, SourceModel.Empty);
        // Assert
        Assert.Equal(a.Timeline[0].Estimate, b.Timeline[0].Estimate, 6);
        Assert.Equal(2, b.Timeline[0].IndependentStatements);
        Assert.Equal(11, b.Claims.Count);
        Assert.Single(b.Claims.Where(c => c.ClaimId != honest.Id).Select(c => c.Statement).Distinct());
    }

    [Fact]
    public void ReconcileVariable_CumulativeCount_NeverFalls()
    {
        // Arrange
        var variable = Claims.Variable("civilians_killed/-/X", MeasureKind.Cumulative,
            Claims.Make("a", null, 0, Quantity.Exact(30)), Claims.Make("b", null, 5, Quantity.Exact(60)),
            Claims.Make("c", null, 6, Quantity.Exact(45)), Claims.Make("d", null, 12, Quantity.Exact(70)));
        // Act
        var timeline = Reconciler.ReconcileVariable(variable, SourceModel.Empty, new ReconcileOptions { DailyGrid = true }).Timeline;
        // Assert
        Assert.Equal(13, timeline.Count);
        for (var i = 1; i < timeline.Count; i++)
        {
            Assert.True(timeline[i].Estimate >= timeline[i - 1].Estimate - 1e-9);
        }
    }

    [Fact]
    public void ReconcileVariable_LevelMayFall()
    {
        // Arrange
        var variable = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("a", null, 0, Quantity.Exact(1000)), Claims.Make("b", null, 60, Quantity.Exact(400)), Claims.Make("c", null, 120, Quantity.Exact(50)));
        // Act
        var timeline = Reconciler.ReconcileVariable(variable, SourceModel.Empty).Timeline;
        // Assert
        Assert.True(timeline[0].Estimate > timeline[1].Estimate && timeline[1].Estimate > timeline[2].Estimate);
    }

    [Fact]
    public void ReconcileVariable_FlowOverPeriod_ObservesTheChangeOfItsTotal()
    {
        // Arrange: 100 gained by day 0, then "50 gained between day 0 and day 5"; totals that move ~10% a day.
        var variable = Claims.Variable("area_gained/ua/X", MeasureKind.Flow,
            Claims.Make("a", null, 0, Quantity.Exact(100)), Claims.Make("b", null, 0, Quantity.Exact(50), toDay: 5));
        var model = SourceModel.Empty with { Drift = new Dictionary<string, double> { ["area_gained"] = 0.01 } };
        // Act
        var timeline = Reconciler.ReconcileVariable(variable, model).Timeline;
        // Assert
        Assert.InRange(timeline[^1].Estimate, 135, 165);
    }

    [Fact]
    public void ReconcileVariable_PeriodStatement_ConstrainsEveryDayOfThePeriod()
    {
        // Arrange: "held 800 to 900 from day 0 to day 10" plus points outside the period.
        var variable = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("a", null, -20, Quantity.Exact(700)), Claims.Make("b", null, 0, Quantity.Between(800, 900), toDay: 10),
            Claims.Make("c", null, 30, Quantity.Exact(1000)));
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty, new ReconcileOptions { DailyGrid = true });
        // Assert
        Assert.InRange(result.At(Claims.Day0.AddDays(5))!.Estimate, 780, 920);
        Assert.True(result.At(Claims.Day0.AddDays(5))!.IndependentStatements == 1);
    }

    [Theory]
    [InlineData(MeasureKind.Level)]
    [InlineData(MeasureKind.Categorical)]
    public void ReconcileAll_VariableWithoutUsableClaims_GivesAnEmptyTimeline(MeasureKind kind)
    {
        // Arrange
        var empty = Claims.Variable("area_controlled/ua/X", kind, new ClaimInput { Id = "x", Claimant = "a", From = Claims.Day0 });
        // Act
        var result = Reconciler.ReconcileAll([empty]);
        // Assert
        Assert.Empty(result.Variables[0].Timeline);
    }

    [Fact]
    public void ReconcileVariable_OtherClaimantEchoesAFigure_CountsOnce()
    {
        // Arrange: the Pentagon repeats the White House's figure two days later; a third source differs.
        var whiteHouse = Claims.Make("White House", null, 0, Quantity.About(1000));
        var pentagon = Claims.Make("Pentagon", null, 2, Quantity.About(1000));
        var seoul = Claims.Make("Seoul", null, 2, Quantity.About(1100));
        var variable = Claims.Variable("military_losses/kp/RU-KRS", MeasureKind.Cumulative, whiteHouse, pentagon, seoul);
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        var statements = result.Claims.ToDictionary(c => c.ClaimId, c => c.Statement);
        Assert.Equal(statements[whiteHouse.Id], statements[pentagon.Id]);
        Assert.NotEqual(statements[seoul.Id], statements[pentagon.Id]);
        Assert.Equal(1, result.At(Claims.Day0.AddDays(2))!.IndependentStatements);
    }
}
