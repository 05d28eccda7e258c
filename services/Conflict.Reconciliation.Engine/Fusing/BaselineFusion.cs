using Conflict.Reconciliation.Engine.Baselines;
using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>The baselines (<see cref="BaselineSolvers"/>) on fusion data; mean and median also give a normal interval
/// (estimate +- z * sd / sqrt(n)).</summary>
internal static class BaselineFusion
{
    public static FusionResult Run(FusionData d, Method method, double mass)
    {
        var objects = d.Objects.Length;
        var labels = new CategoryLabels();
        var label = new int[d.Obj.Length];
        for (var i = 0; i < label.Length; i++)
        {
            label[i] = d.Category[i] < 0 ? -1 : labels.Of(d.Categories[d.Obj[i]][d.Category[i]]);
        }
        var (numbers, categories, weights) = BaselineSolvers.Run(method, objects, d.Sources.Length, d.Obj, d.Src, d.Number, label);
        var z = Normal.Quantile(0.5 + mass / 2);
        var values = new FusedValue[objects];
        for (var o = 0; o < objects; o++)
        {
            if (!d.Numeric[o])
            {
                var c = categories[o];
                values[o] = new FusedValue(d.Objects[o], c >= 0 ? labels.Name(c) : "", null, null, double.NaN, false);
                continue;
            }
            var t = numbers[o];
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
