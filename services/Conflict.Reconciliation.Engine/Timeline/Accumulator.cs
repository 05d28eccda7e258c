namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Sufficient statistics of the M-step, summed over variables (one instance per thread, then merged).</summary>
internal sealed class Accumulator(int sources, int measures)
{
    /// <summary>Statistics per source, <see cref="Width"/> values each (see the constants).</summary>
    public const int Width = 13;
    public const int W = 0, Wr = 1, Wd = 2, Wdd = 3, Wdr = 4, F = 5, Fr = 6, Fr2 = 7, Fd = 8, Fdd = 9, Fdr = 10, Fpd = 11, Count = 12;

    /// <summary>Per-source statistics.</summary>
    public double[] Source { get; } = new double[sources * Width];

    /// <summary>Per-measure drift statistics: sum of E[step^2]/days, number of steps.</summary>
    public double[] Drift { get; } = new double[measures * 2];

    /// <summary>Adds one variable's statistics.</summary>
    public void Add(PreparedVariable v, SourceArrays s, Posterior post)
    {
        foreach (ref readonly var o in v.Observations.AsSpan())
        {
            var fit = ObservationFit.Of(o, s, post, v.Scale);
            var phi = fit.Information;
            var w = phi / (s.NoiseVariance[o.Source] + fit.Rounding);
            var d = o.Direction;
            var r = fit.Residual;
            var at = o.Source * Width;
            var a = Source;
            a[at + W] += w;
            a[at + Wr] += w * r;
            a[at + Wd] += w * d;
            a[at + Wdd] += w * d * d;
            a[at + Wdr] += w * d * r;
            a[at + F] += phi;
            a[at + Fr] += phi * r;
            a[at + Fr2] += phi * r * r;
            a[at + Fd] += phi * d;
            a[at + Fdd] += phi * d * d;
            a[at + Fdr] += phi * d * r;
            a[at + Fpd] += phi * (fit.Variance - fit.Rounding);
            a[at + Count] += 1 / o.Split;
        }
        AddDrift(v, post);
    }

    private void AddDrift(PreparedVariable v, Posterior post)
    {
        var days = v.Days;
        var m = post.Mean;
        var p = post.Variance;
        double sum = 0;
        for (var i = 0; i + 1 < days.Length; i++)
        {
            var step = m[i + 1] - m[i];
            var expected = step * step + p[i] + p[i + 1] - 2 * post.LagCovariance[i];
            sum += Math.Max(expected, 0) / (days[i + 1] - days[i]);
        }
        Drift[v.Measure * 2] += sum;
        Drift[v.Measure * 2 + 1] += Math.Max(days.Length - 1, 0);
    }

    /// <summary>Adds another accumulator's sums into this one.</summary>
    public void Merge(Accumulator other)
    {
        for (var i = 0; i < Source.Length; i++)
        {
            Source[i] += other.Source[i];
        }
        for (var i = 0; i < Drift.Length; i++)
        {
            Drift[i] += other.Drift[i];
        }
    }
}
