namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>Standard normal functions, accurate in the tails (no erfc in the base library).</summary>
internal static class Normal
{
    private const double InvSqrt2Pi = 0.3989422804014327;

    /// <summary>Density of N(0,1).</summary>
    public static double Pdf(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>Upper tail P(X > x).</summary>
    public static double UpperTail(double x) => 0.5 * Erfc(x / Math.Sqrt(2));

    /// <summary>P(X &lt;= x).</summary>
    public static double Cdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2));

    /// <summary>Inverse Mills ratio pdf(x)/P(X > x), stable for large x.</summary>
    public static double Mills(double x)
    {
        if (x > 8)
        {
            // Continued-fraction tail: lambda(x) ~ x + 1/(x + 2/(x + 3/(x + ...))).
            var x2 = x;
            return x2 + 1 / (x2 + 2 / (x2 + 3 / (x2 + 4 / (x2 + 5 / x2))));
        }
        return Pdf(x) / UpperTail(x);
    }

    /// <summary>Complementary error function (W. J. Cody-style rational fit, relative error below 1.2e-7).</summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + 0.5 * z);
        var poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        var r = t * Math.Exp(poly);
        return x >= 0 ? r : 2 - r;
    }

    /// <summary>Quantile of N(0,1) (Acklam's rational approximation, relative error about 1e-9).</summary>
    public static double Quantile(double p)
    {
        if (p <= 0) { return double.NegativeInfinity; }
        if (p >= 1) { return double.PositiveInfinity; }
        double[] a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];
        double[] b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
        double[] c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
        double[] d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
        if (p < 0.02425)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - 0.02425)
        {
            return -Quantile(1 - p);
        }
        var u = p - 0.5;
        var r = u * u;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * u / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
