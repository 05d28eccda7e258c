using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class BaselineTests
{
    private static VariableInput Day0() => Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
        Claims.Make("a", null, 0, Quantity.Exact(100)), Claims.Make("b", null, 0, Quantity.Exact(100)),
        Claims.Make("c", null, 0, Quantity.Exact(130)), Claims.Make("d", null, 0, Quantity.Exact(400)));

    [Theory]
    [InlineData(Method.Mean, 182.5)]
    [InlineData(Method.Median, 115)]
    [InlineData(Method.MajorityVote, 100)]
    public void ReconcileVariable_Baseline_ComputesItsStatistic(Method method, double expected)
    {
        // Act
        var point = Reconciler.ReconcileVariable(Day0(), SourceModel.Empty, new ReconcileOptions { Method = method }).Timeline.Single();
        // Assert
        Assert.Equal(expected, point.Estimate, 6);
        Assert.Equal(4, point.IndependentStatements);
    }

    [Fact]
    public void ReconcileAll_Crh_DownweightsTheSourceThatDisagrees()
    {
        // Arrange: "d" is far off on every date; CRH's weighted median ignores it.
        var claims = new List<ClaimInput>();
        for (var day = 0; day < 10; day++)
        {
            claims.Add(Claims.Make("a", null, day, Quantity.Exact(100 + day)));
            claims.Add(Claims.Make("b", null, day, Quantity.Exact(102 + day)));
            claims.Add(Claims.Make("d", null, day, Quantity.Exact(300 + day)));
        }
        var variable = Claims.Variable("area_controlled/ua/X", MeasureKind.Level, [.. claims]);
        // Act
        var result = Reconciler.ReconcileAll([variable], new ReconcileOptions { Method = Method.Crh });
        // Assert
        foreach (var p in result.Variables[0].Timeline)
        {
            Assert.True(p.Estimate < 120, $"{p.Date}: {p.Estimate}");
        }
    }

    [Fact]
    public void ReconcileAll_StateSpaceOnSyntheticData_BeatsTheMedianBaseline()
    {
        // Arrange
        var data = Synthetic.TimelineGenerator.Generate(60, 20, sources: 30, seed: 11);
        var inputs = data.Select(d => d.Input).ToList();
        // Act
        var model = Reconciler.ReconcileAll(inputs);
        var median = Reconciler.ReconcileAll(inputs, new ReconcileOptions { Method = Method.Median });
        // Assert
        Assert.True(RelativeError(data, model.Variables) < 0.6 * RelativeError(data, median.Variables));
    }

    private static double RelativeError(List<Synthetic.SyntheticVariable> data, IReadOnlyList<VariableResult> results)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < data.Count; i++)
        {
            foreach (var day in data[i].Input.Claims.Select(c => c.End).Distinct())
            {
                if (results[i].At(day) is { } p)
                {
                    var t = data[i].TruthAt(day);
                    sum += Math.Abs(p.Estimate - t) / Math.Max(t, 1);
                    n++;
                }
            }
        }
        return sum / n;
    }
}
