namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>Quantiles of Student's t: exact for 1 and 2 degrees of freedom, Cornish-Fisher expansion above.</summary>
internal static class StudentQuantile
{
    /// <summary>The p-quantile of t with <paramref name="dof"/> degrees of freedom.</summary>
    public static double Of(double p, double dof)
    {
        if (dof <= 1)
        {
            return Math.Tan(Math.PI * (p - 0.5));
        }
        if (dof <= 2)
        {
            return (2 * p - 1) / Math.Sqrt(2 * p * (1 - p));
        }
        var z = Normal.Quantile(p);
        var z3 = z * z * z;
        var z5 = z3 * z * z;
        var z7 = z5 * z * z;
        return z + (z3 + z) / (4 * dof) + (5 * z5 + 16 * z3 + 3 * z) / (96 * dof * dof)
            + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * dof * dof * dof);
    }
}
