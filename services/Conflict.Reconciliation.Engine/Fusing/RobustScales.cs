namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Per-object robust centre (median) and spread unit, so that errors on a population and on a temperature
/// are comparable. An object's own MAD from a handful of claims is noisy, so it is shrunk toward a scale law fitted
/// over all objects: log MAD = a + b log|centre| with b in [0, 1] (b = 0: absolute errors, b = 1: relative errors).</summary>
internal static class RobustScales
{
    private const double PriorClaims = 6;

    public static void Initialise(FusionData d, double[] centre, double[] scale)
    {
        var mad = new double[d.Objects.Length];
        var values = new List<double>();
        for (var o = 0; o < d.Objects.Length; o++)
        {
            if (!d.Numeric[o] || d.ByObject[o].Length == 0)
            {
                continue;
            }
            values.Clear();
            foreach (var i in d.ByObject[o])
            {
                values.Add(d.Number[i]);
            }
            centre[o] = Numerics.Median.Of(values);
            for (var k = 0; k < values.Count; k++)
            {
                values[k] = Math.Abs(values[k] - centre[o]);
            }
            mad[o] = 1.4826 * Numerics.Median.Of(values);
        }
        var (a, b) = FitScaleLaw(d, centre, mad);
        for (var o = 0; o < d.Objects.Length; o++)
        {
            if (!d.Numeric[o])
            {
                continue;
            }
            var law = Math.Exp(a + b * Math.Log(Math.Max(Math.Abs(centre[o]), 1e-9)));
            var n = Math.Max(d.ByObject[o].Length - 1, 0);
            scale[o] = Math.Max(Math.Sqrt((PriorClaims * law * law + n * mad[o] * mad[o]) / (PriorClaims + n)), 1e-9);
        }
    }

    private static (double A, double B) FitScaleLaw(FusionData d, double[] centre, double[] mad)
    {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var o = 0; o < d.Objects.Length; o++)
        {
            if (!d.Numeric[o] || mad[o] <= 0 || centre[o] == 0 || d.ByObject[o].Length < 3)
            {
                continue;
            }
            var x = Math.Log(Math.Abs(centre[o]));
            var y = Math.Log(mad[o]);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        if (n < 2)
        {
            return (n == 1 ? sy : 0, 0);
        }
        var denominator = n * sxx - sx * sx;
        var b = denominator > 1e-9 ? Math.Clamp((n * sxy - sx * sy) / denominator, 0, 1) : 0;
        return ((sy - b * sx) / n, b);
    }
}
