namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>True daily paths: levels that rise and fall smoothly (trend changes plus noise on the log scale) and
/// running totals that only grow.</summary>
internal static class TruthPaths
{
    /// <summary>A level: a log-scale random walk whose trend changes once or twice.</summary>
    public static double[] Level(Random random, int days, double scale)
    {
        var path = new double[days];
        var z = Math.Log(scale);
        var volatility = random.Uniform(0.005, 0.03);
        var trend = random.Gaussian() * 0.012;
        var change = random.Next(days / 4, days);
        for (var d = 0; d < days; d++)
        {
            if (d == change)
            {
                trend = -trend * random.Uniform(0.5, 1.5) + random.Gaussian() * 0.005;
            }
            z += trend + volatility * random.Gaussian();
            path[d] = Math.Exp(z);
        }
        return path;
    }

    /// <summary>A running total: positive daily increments whose rate drifts.</summary>
    public static double[] Cumulative(Random random, int days, double scale)
    {
        var path = new double[days];
        var total = scale * random.Uniform(0.05, 0.4);
        var rate = (scale - total) / days;
        var logRate = Math.Log(Math.Max(rate, 1e-3));
        for (var d = 0; d < days; d++)
        {
            logRate += 0.08 * random.Gaussian();
            total += Math.Exp(logRate) * random.Uniform(0.3, 1.7);
            path[d] = total;
        }
        return path;
    }
}
