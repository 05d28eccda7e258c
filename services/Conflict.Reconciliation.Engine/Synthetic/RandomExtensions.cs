namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>Draws used by the synthetic generators (seeded System.Random, so runs are reproducible).</summary>
internal static class RandomExtensions
{
    /// <summary>A standard normal draw (Box-Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }

    /// <summary>A uniform draw in [low, high).</summary>
    public static double Uniform(this Random random, double low, double high) => low + (high - low) * random.NextDouble();

    /// <summary>An index drawn with probability proportional to <paramref name="cumulative"/> increments.</summary>
    public static int Pick(this Random random, double[] cumulative)
    {
        var u = random.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        return Math.Min(i >= 0 ? i : ~i, cumulative.Length - 1);
    }

    /// <summary>A Student-t draw with <paramref name="dof"/> degrees of freedom (heavy-tailed errors).</summary>
    public static double StudentT(this Random random, double dof)
    {
        double chi = 0;
        for (var i = 0; i < (int)dof; i++)
        {
            var g = random.Gaussian();
            chi += g * g;
        }
        return random.Gaussian() / Math.Sqrt(chi / (int)dof);
    }
}
