namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>Moments of N(0,1) truncated to [a, b]; either end may be infinite.</summary>
internal static class TruncatedNormal
{
    /// <summary>Mean and variance of the truncated standard normal, and the log of the retained mass.</summary>
    public static (double Mean, double Variance) Moments(double a, double b)
    {
        if (double.IsNegativeInfinity(a) && double.IsPositiveInfinity(b))
        {
            return (0, 1);
        }
        if (double.IsPositiveInfinity(b))
        {
            var lambda = Normal.Mills(a);
            return (lambda, Math.Max(1e-12, 1 - lambda * (lambda - a)));
        }
        if (double.IsNegativeInfinity(a))
        {
            var lambda = Normal.Mills(-b);
            return (-lambda, Math.Max(1e-12, 1 - lambda * (lambda + b)));
        }
        return TwoSided(a, b);
    }

    private static (double Mean, double Variance) TwoSided(double a, double b)
    {
        // Work where the mass is computed without cancellation: mirror intervals in the lower tail.
        if (b <= 0)
        {
            var (m, v) = TwoSided(-b, -a);
            return (-m, v);
        }
        var mass = a >= 0 ? Normal.UpperTail(a) - Normal.UpperTail(b) : 1 - Normal.UpperTail(b) - Normal.UpperTail(-a);
        var width = b - a;
        if (mass < 1e-14 * Math.Max(1, width))
        {
            // Far outside the bulk: the truncated density piles up at the nearer end.
            var edge = Math.Abs(a) < Math.Abs(b) ? a : b;
            var spread = Math.Min(width * width / 12, 1 / (edge * edge + 1));
            return (edge + (edge == a ? 1 : -1) * Math.Min(width / 2, 1 / Math.Max(1, Math.Abs(edge))), Math.Max(1e-12, spread));
        }
        var pa = Normal.Pdf(a);
        var pb = Normal.Pdf(b);
        var mean = (pa - pb) / mass;
        var variance = 1 + (a * pa - b * pb) / mass - mean * mean;
        return (mean, Math.Clamp(variance, 1e-12, 1));
    }
}
