using Conflict.Reconciliation.Engine.Timeline;

namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>Figures of both signs, the scale chosen from the figures, and timelines read past the last evidence.</summary>
public sealed class SeriesTests
{
    private static VariableInput Margin(params (string Source, int Day, double Value)[] claims) =>
        new(new VariableSpec { Key = "poll_margin/-/X", Measure = "poll_margin", Kind = MeasureKind.Level },
            [.. claims.Select(c => Claims.Make(c.Source, null, c.Day, Quantity.Exact(c.Value)))]);

    [Fact]
    public void ReconcileVariable_NegativeFigures_EstimateIsNegativeNotClampedToZero()
    {
        // Arrange: three sources put a margin between -2.5 and -1.5.
        var variable = Margin(("a", 0, -2.5), ("b", 0, -2.0), ("c", 0, -1.5));
        // Act
        var point = Reconciler.ReconcileVariable(variable, SourceModel.Empty).Timeline[0];
        // Assert
        Assert.InRange(point.Estimate, -2.3, -1.7);
        Assert.True(point.Low < point.Estimate && point.Estimate < point.High, $"{point.Low} < {point.Estimate} < {point.High}");
        Assert.True(point.High < 0, $"high {point.High}");
    }

    [Fact]
    public void ScaleFor_FiguresOfBothSigns_Linear()
    {
        // Arrange
        var claims = Margin(("a", 0, -3), ("b", 0, 1), ("c", 5, 2)).Claims;
        // Act
        var scale = Scale.For(claims);
        // Assert
        Assert.False(scale.IsLog);
        Assert.Equal(2, scale.Unit, 6);
    }

    [Fact]
    public void ScaleFor_SpreadGrowingWithTheFigure_LogElseLinear()
    {
        // Arrange: on each day two sources disagree. Relative: 10% apart at 100 and at 10,000. Additive: 10 apart
        // at both magnitudes.
        int[] days = [0, 1, 2, 3, 4, 5];
        double[] levels = [100, 10_000, 100, 10_000, 100, 10_000];
        var relative = days.SelectMany(d => new[] { ("a", d, levels[d] * 0.95), ("b", d, levels[d] * 1.05) }).ToArray();
        var additive = days.SelectMany(d => new[] { ("a", d, levels[d] - 5), ("b", d, levels[d] + 5) }).ToArray();
        // Act
        var forRelative = Scale.For(Margin(relative).Claims);
        var forAdditive = Scale.For(Margin(additive).Claims);
        // Assert
        Assert.True(forRelative.IsLog);
        Assert.False(forAdditive.IsLog);
    }

    [Fact]
    public void ScaleFor_FewRepeatedDays_KeepsRelativeErrors()
    {
        // Arrange: one day with two figures is too little to tell.
        var claims = Margin(("a", 0, 95), ("b", 0, 105), ("a", 3, 100)).Claims;
        // Act / Assert
        Assert.True(Scale.For(claims).IsLog);
    }

    [Fact]
    public void ReconcileVariable_ThroughPastLastEvidence_CarriesForwardWithWideningInterval()
    {
        // Arrange
        var variable = Margin(("a", 0, -2.0), ("b", 0, -2.4), ("a", 10, -1.0), ("b", 10, -1.2));
        var last = Claims.Day0.AddDays(10);
        // Act
        var plain = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        var week = Reconciler.ReconcileVariable(variable, SourceModel.Empty, new ReconcileOptions { Through = last.AddDays(7) });
        var month = Reconciler.ReconcileVariable(variable, SourceModel.Empty, new ReconcileOptions { Through = last.AddDays(30) });
        // Assert
        Assert.Equal(last, plain.Timeline[^1].Date);
        var lastPoint = plain.Timeline[^1];
        var afterWeek = week.At(last.AddDays(7))!;
        var afterMonth = month.At(last.AddDays(30))!;
        Assert.Equal(0, afterWeek.IndependentStatements);
        Assert.Equal(lastPoint.Estimate, afterWeek.Estimate, 9);
        Assert.Equal(lastPoint.Estimate, afterMonth.Estimate, 9);
        Assert.True(afterWeek.High - afterWeek.Low > lastPoint.High - lastPoint.Low, "a week later the interval is wider");
        Assert.True(afterMonth.High - afterMonth.Low > afterWeek.High - afterWeek.Low, "a month later wider still");
        Assert.Equal(lastPoint, week.At(last));
    }

    [Fact]
    public void ReconcileVariable_ThroughWithinEvidence_AddsNoDay()
    {
        // Arrange
        var variable = Margin(("a", 0, 5), ("b", 10, 6));
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty, new ReconcileOptions { Through = Claims.Day0.AddDays(4) });
        // Assert
        Assert.Equal([Claims.Day0, Claims.Day0.AddDays(10)], result.Timeline.Select(p => p.Date));
    }

    [Fact]
    public void ReconcileVariable_OneGrossError_BarelyMovesTheEstimate()
    {
        // Arrange: five sources agree near 1,000; a sixth adds a zero (a typo a Gaussian would average in)
        var agreeing = Margin(("a", 0, 1000), ("b", 0, 1010), ("c", 0, 990), ("d", 0, 1005), ("e", 0, 995));
        var withTypo = agreeing with { Claims = [.. agreeing.Claims, Claims.Make("f", null, 0, Quantity.Exact(10_000))] };
        // Act
        var clean = Reconciler.ReconcileVariable(agreeing, SourceModel.Empty).Timeline[0];
        var point = Reconciler.ReconcileVariable(withTypo, SourceModel.Empty).Timeline[0];
        // Assert
        Assert.InRange(point.Estimate, 960, 1060);
        Assert.True(point.Low <= clean.Estimate && clean.Estimate <= point.High, $"{point.Low} .. {point.High}");
    }
}
