namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>Approximate quantiles of Gamma(shape, 1) (Wilson-Hilferty), enough for credible intervals of noise.</summary>
internal static class GammaQuantile
{
    /// <summary>The p-quantile of Gamma(shape, rate 1).</summary>
    public static double Of(double shape, double p)
    {
        var z = Normal.Quantile(p);
        var c = 1 / (9 * shape);
        var cube = 1 - c + z * Math.Sqrt(c);
        return shape * Math.Max(cube * cube * cube, 1e-6);
    }
}
