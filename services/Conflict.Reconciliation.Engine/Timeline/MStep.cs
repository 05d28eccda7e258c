namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>The M-step: closed-form posterior updates of source noise and biases (normal and inverse-gamma priors)
/// and of the drift per measure, from statistics pooled over every variable.</summary>
internal static class MStep
{
    /// <summary>Updates <paramref name="s"/> and <paramref name="drift"/>; returns the largest parameter change.</summary>
    public static double Apply(SourceArrays s, Accumulator acc, double[] drift)
    {
        double change = 0;
        var a = acc.Source;
        for (var i = 0; i < s.Count; i++)
        {
            var at = i * Accumulator.Width;
            var (bias, partisan, biasVar, partisanVar) = SolveBias(a, at, s.Alignments[i]);
            var ss = a[at + Accumulator.Fr2] - 2 * bias * a[at + Accumulator.Fr] - 2 * partisan * a[at + Accumulator.Fdr]
                + bias * bias * a[at + Accumulator.F] + 2 * bias * partisan * a[at + Accumulator.Fd]
                + partisan * partisan * a[at + Accumulator.Fdd] + a[at + Accumulator.Fpd];
            var shape = Priors.NoiseShape + a[at + Accumulator.F] / 2;
            var rate = (Priors.NoiseShape - 1) * Priors.NoiseVariance + Math.Max(ss, 0) / 2;
            var noise = Math.Max(rate / (shape - 1), 1e-6);
            change = Math.Max(change, Math.Abs(bias - s.Bias[i]) + Math.Abs(partisan - s.Partisan[i]) + Math.Abs(Math.Sqrt(noise) - Math.Sqrt(s.NoiseVariance[i])));
            s.Bias[i] = bias;
            s.Partisan[i] = partisan;
            s.BiasVariance[i] = biasVar;
            s.PartisanVariance[i] = partisanVar;
            s.NoiseVariance[i] = noise;
            s.NoiseShape[i] = shape;
            s.Statements[i] = a[at + Accumulator.Count];
        }
        for (var m = 0; m < drift.Length; m++)
        {
            var shape = Priors.DriftShape + acc.Drift[m * 2 + 1] / 2;
            var rate = (Priors.DriftShape - 1) * Priors.Drift + acc.Drift[m * 2] / 2;
            drift[m] = Math.Clamp(rate / (shape - 1), 1e-7, 1);
        }
        return change;
    }

    private static (double Bias, double Partisan, double BiasVar, double PartisanVar) SolveBias(double[] a, int at, string? alignment)
    {
        var a11 = a[at + Accumulator.W] + 1 / Priors.BiasVarianceFor(alignment);
        var y1 = a[at + Accumulator.Wr];
        if (alignment is null)
        {
            return (y1 / a11, 0, 1 / a11, 0);
        }
        var a12 = a[at + Accumulator.Wd];
        var a22 = a[at + Accumulator.Wdd] + 1 / Priors.PartisanVariance;
        var y2 = a[at + Accumulator.Wdr];
        var det = a11 * a22 - a12 * a12;
        return ((a22 * y1 - a12 * y2) / det, (a11 * y2 - a12 * y1) / det, a22 / det, a11 / det);
    }
}
