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
        if (a > 0)
        {
            // Upper tail: divide everything by pdf(a) and use Mills ratios, so nothing underflows or cancels.
            var rho = Math.Exp(-(b - a) * (b + a) / 2);
            var scaledMass = 1 / Normal.Mills(a) - rho / Normal.Mills(b);
            var m = (1 - rho) / scaledMass;
            var second = (a - b * rho) / scaledMass;
            return (m, Math.Clamp(1 + second - m * m, 1e-12, 1));
        }
        var mass = 1 - Normal.UpperTail(b) - Normal.UpperTail(-a);
        var pa = Normal.Pdf(a);
        var pb = Normal.Pdf(b);
        var mean = (pa - pb) / mass;
        var variance = 1 + (a * pa - b * pb) / mass - mean * mean;
        return (mean, Math.Clamp(variance, 1e-12, 1));
    }
}
