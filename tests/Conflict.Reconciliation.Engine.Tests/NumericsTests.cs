using Conflict.Reconciliation.Engine.Numerics;
using Conflict.Reconciliation.Engine.Timeline;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class NumericsTests
{
    [Theory]
    [InlineData(-1.0, double.PositiveInfinity)]
    [InlineData(0.5, 2.0)]
    [InlineData(double.NegativeInfinity, -3.0)]
    [InlineData(9.0, 9.5)]
    public void TruncatedNormal_Moments_MatchNumericalIntegration(double a, double b)
    {
        // Arrange
        var lo = Math.Max(a, -12);
        var hi = Math.Min(b, 12);
        double mass = 0, first = 0, second = 0;
        const int steps = 200_000;
        var h = (hi - lo) / steps;
        for (var i = 0; i < steps; i++)
        {
            var x = lo + (i + 0.5) * h;
            var p = Normal.Pdf(x) * h;
            mass += p;
            first += p * x;
            second += p * x * x;
        }
        var mean = first / mass;
        var variance = second / mass - mean * mean;
        // Act
        var (m, v) = TruncatedNormal.Moments(a, b);
        // Assert
        Assert.Equal(mean, m, 3);
        Assert.Equal(variance, v, 3);
    }

    [Fact]
    public void Smoother_OneNodeTwoSites_GivesPrecisionWeightedMean()
    {
        // Arrange
        int[] days = [0];
        double[] tau = [1 / 0.01 + 1 / 0.04];
        double[] nu = [1.0 / 0.01 + 2.0 / 0.04];
        double[] mean = new double[1], variance = new double[1], lag = [];
        // Act
        Smoother.Run(days, 0.001, 0, 1e9, tau, nu, mean, variance, lag);
        // Assert
        Assert.Equal((1 / 0.01 + 2 / 0.04) / (1 / 0.01 + 1 / 0.04), mean[0], 6);
        Assert.Equal(1 / (1 / 0.01 + 1 / 0.04), variance[0], 6);
    }

    [Fact]
    public void Smoother_GapWithoutEvidence_InterpolatesAndWidens()
    {
        // Arrange: evidence at days 0 and 20, none at day 10.
        int[] days = [0, 10, 20];
        double[] tau = [100, 0, 100];
        double[] nu = [100 * 1.0, 0, 100 * 3.0];
        double[] mean = new double[3], variance = new double[3], lag = new double[2];
        // Act
        Smoother.Run(days, 0.01, 0, 1e6, tau, nu, mean, variance, lag);
        // Assert
        Assert.Equal(2.0, mean[1], 2);
        Assert.True(variance[1] > variance[0] && variance[1] > variance[2]);
        Assert.True(lag[0] > 0);
    }

    [Fact]
    public void Isotonic_Violations_ArePooled()
    {
        // Arrange
        double[] values = [1, 3, 2, 4, 0];
        double[] weights = [1, 1, 1, 1, 3];
        // Act
        Isotonic.Increasing(values, weights);
        // Assert: (3, 2) pool to 2.5, (4, 0x3) to 1.0, then both to (5 + 4) / 6 = 1.5.
        Assert.Equal([1, 1.5, 1.5, 1.5, 1.5], values);
    }

    [Theory]
    [InlineData(1000, 100)]
    [InlineData(800, 10)]
    [InlineData(1294, 1)]
    [InlineData(1150, 10)]
    public void Granularity_RoundFigures_AreReadAsRounded(double value, double expected)
    {
        // Act
        var step = Stated.Granularity(value);
        // Assert
        Assert.Equal(expected, step);
    }
}
