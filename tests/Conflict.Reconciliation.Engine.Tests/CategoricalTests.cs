using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class CategoricalTests
{
    private static VariableInput Control(string place, params ClaimInput[] claims) =>
        new(new VariableSpec { Key = $"control/-/{place}", Measure = "control", Kind = MeasureKind.Categorical }, claims);

    [Fact]
    public void ReconcileAll_WhoControlsATown_FollowsReliableSourcesAndSwitches()
    {
        // Arrange: "monitor" is right everywhere, "spin" always says "ua"; Sudzha changes hands on day 30.
        var inputs = new List<VariableInput>();
        for (var t = 0; t < 8; t++)
        {
            var switchDay = t == 0 ? 30 : 1000;
            var claims = new List<ClaimInput>();
            foreach (var day in new[] { 0, 10, 20, 35, 45, 55 })
            {
                var truth = day < switchDay ? "ua" : "ru";
                claims.Add(Claims.Category("monitor", day, truth));
                claims.Add(Claims.Category("agency", day + 1, truth));
                claims.Add(Claims.Category("spin", day, "ua"));
            }
            inputs.Add(Control(t == 0 ? "Sudzha" : $"town{t}", [.. claims]));
        }
        // Act
        var result = Reconciler.ReconcileAll(inputs);
        // Assert
        var sudzha = result.Variables[0];
        Assert.Equal("ua", sudzha.At(Claims.Day0.AddDays(10))!.Category);
        Assert.Equal("ru", sudzha.At(Claims.Day0.AddDays(45))!.Category);
        Assert.True(sudzha.At(Claims.Day0.AddDays(45))!.Probability > 0.8);
        Assert.NotEmpty(sudzha.Conflicts);
        var spin = result.Model.Sources["spin"].Accuracy;
        var monitor = result.Model.Sources["monitor"].Accuracy;
        Assert.True(monitor > spin, $"{monitor} > {spin}");
    }

    [Fact]
    public void ReconcileVariable_CategoricalTwoAgainstOne_MajorityWithPriorAccuracies()
    {
        // Arrange
        var variable = Control("Sudzha", Claims.Category("a", 0, "ru"), Claims.Category("b", 0, "ru"), Claims.Category("c", 0, "ua"));
        // Act
        var point = Reconciler.ReconcileVariable(variable, SourceModel.Empty).Timeline.Single();
        // Assert
        Assert.Equal("ru", point.Category);
        Assert.Equal(3, point.IndependentStatements);
        Assert.True(double.IsNaN(point.Estimate));
    }

    [Fact]
    public void AccuracyPrior_PreciseNumericSource_IsPresumedAccurate()
    {
        // Act
        var precise = Timeline.Learner.AccuracyPrior(0.02 * 0.02, 20);
        var sloppy = Timeline.Learner.AccuracyPrior(0.5 * 0.5, 20);
        var unknown = Timeline.Learner.AccuracyPrior(0.02 * 0.02, 0);
        // Assert
        Assert.True(precise > unknown && unknown > sloppy);
    }
}
