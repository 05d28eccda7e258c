using Conflict.Reconciliation.Engine.Baselines;
using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Mean, median, majority vote and CRH on fusion data; mean and median also give a normal interval
/// (estimate +- z * sd / sqrt(n)).</summary>
internal static class BaselineFusion
{
    public static FusionResult Run(FusionData d, Method method, double mass)
    {
        var objects = d.Objects.Length;
        (double[] Numbers, int[] Categories) truths;
        double[] weights;
        if (method == Method.Crh)
        {
            var (n, c, w) = CrhSolver.Run(objects, d.Sources.Length, d.Obj, d.Src, d.Number, d.Category);
            truths = (n, c);
            weights = w;
        }
        else
        {
            truths = SimpleAggregates.Run(objects, d.Obj, d.Number, d.Category, method);
            weights = new double[d.Sources.Length];
            Array.Fill(weights, 1.0);
        }
        var z = Normal.Quantile(0.5 + mass / 2);
        var values = new FusedValue[objects];
        for (var o = 0; o < objects; o++)
        {
            if (!d.Numeric[o])
            {
                var c = truths.Categories[o];
                values[o] = new FusedValue(d.Objects[o], c >= 0 ? d.Categories[o][c] : "", null, null, double.NaN, false);
                continue;
            }
            var t = truths.Numbers[o];
            var sd = method is Method.Mean or Method.Median ? StandardError(d, o) : double.NaN;
            values[o] = double.IsNaN(sd)
                ? new FusedValue(d.Objects[o], FusionFormat.Number(t), null, null, double.NaN, true)
                : new FusedValue(d.Objects[o], FusionFormat.Number(t), t - z * sd, t + z * sd, mass, true);
        }
        var counts = new int[d.Sources.Length];
        foreach (var s in d.Src)
        {
            counts[s]++;
        }
        var sources = new FusionSource[d.Sources.Length];
        for (var s = 0; s < sources.Length; s++)
        {
            sources[s] = new FusionSource(d.Sources[s], counts[s], double.NaN, double.NaN, weights[s], null);
        }
        return new FusionResult(values, sources);
    }

    private static double StandardError(FusionData d, int o)
    {
        var list = d.ByObject[o];
        if (list.Length < 2)
        {
            return double.NaN;
        }
        double sum = 0, sq = 0;
        foreach (var i in list)
        {
            sum += d.Number[i];
        }
        var mean = sum / list.Length;
        foreach (var i in list)
        {
            sq += (d.Number[i] - mean) * (d.Number[i] - mean);
        }
        return Math.Sqrt(sq / (list.Length - 1) / list.Length);
    }
}
