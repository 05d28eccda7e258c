using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Source assessments: overall from the learned parameters, per measure from the residuals where a
/// source made enough statements about the measure.</summary>
internal static class Assessor
{
    private const int MinimumPerMeasure = 3;
    private static readonly double Z90 = Normal.Quantile(0.95);

    /// <summary>Assessments for every source, then for every (source, measure) with enough statements.</summary>
    public static List<SourceAssessment> Assess(LearnedState learned, Posterior?[] posteriors)
    {
        var s = learned.Sources;
        var list = new List<SourceAssessment>(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            list.Add(Overall(s, i));
        }
        list.AddRange(PerMeasure(learned, posteriors));
        return list;
    }

    /// <summary>The overall assessment of source <paramref name="i"/>.</summary>
    internal static SourceAssessment Overall(SourceArrays s, int i)
    {
        var shape = s.NoiseShape[i];
        var rate = s.NoiseVariance[i] * (shape - 1);
        var noiseLow = Math.Sqrt(rate / GammaQuantile.Of(shape, 0.95));
        var noiseHigh = Math.Sqrt(rate / GammaQuantile.Of(shape, 0.05));
        var aligned = s.Alignments[i] is not null;
        var bias = aligned ? s.Bias[i] + s.Partisan[i] : s.Bias[i];
        var sd = Math.Sqrt(s.BiasVariance[i] + (aligned ? s.PartisanVariance[i] : 0));
        var statements = (int)Math.Round(s.Statements[i] + s.CategoricalStatements[i]);
        return new SourceAssessment(s.Names[i], null, statements, Math.Sqrt(s.NoiseVariance[i]), noiseLow, noiseHigh,
            bias, bias - Z90 * sd, bias + Z90 * sd, s.Accuracy[i], Summary(s.Names[i], s.Alignments[i], bias, sd, Math.Sqrt(s.NoiseVariance[i]), statements));
    }

    /// <summary>A sentence describing the source's bias and noise for people.</summary>
    internal static string Summary(string name, string? alignment, double bias, double sd, double noise, int statements)
    {
        var who = alignment is null ? $"{name} (independent)" : $"{name} (aligned with {alignment})";
        var direction = alignment is null ? "figures" : "its side's gains and understates its losses";
        var pct = (Math.Exp(Math.Abs(bias)) - 1) * 100;
        var significant = Math.Abs(bias) > Z90 * sd;
        var verb = bias >= 0 ? "overstates" : "understates";
        var biasText = significant
            ? $"{verb} {direction} by about {pct.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)}%, so its claims are discounted where independent evidence disagrees"
            : "shows no clear systematic bias";
        var noiseText = (noise * 100).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        var caution = statements < 5 ? "; few statements, so estimates stay near the priors" : "";
        return $"{who} {biasText}; typical error about {noiseText}% over {statements} statements{caution}.";
    }

    private static IEnumerable<SourceAssessment> PerMeasure(LearnedState learned, Posterior?[] posteriors)
    {
        var s = learned.Sources;
        var stats = new Dictionary<(int Source, int Measure), (double W, double Sum, double Sq, int N)>();
        for (var i = 0; i < learned.Prepared.Length; i++)
        {
            var v = learned.Prepared[i];
            if (v.IsCategorical || v.Days.Length == 0)
            {
                continue;
            }
            var post = posteriors[i] ?? EStep.Run(v, s, learned.Drift[v.Measure], 10);
            foreach (ref readonly var o in v.Observations.AsSpan())
            {
                var fit = ObservationFit.Of(o, s, post, v.Scale);
                var r = o.Direction == 0 ? fit.Residual : o.Direction * fit.Residual;
                var key = (o.Source, v.Measure);
                var (w, sum, sq, n) = stats.GetValueOrDefault(key);
                stats[key] = (w + fit.Information, sum + fit.Information * r, sq + fit.Information * r * r, n + 1);
            }
        }
        var names = new string[learned.Measures.Count];
        foreach (var (name, m) in learned.Measures)
        {
            names[m] = name;
        }
        foreach (var ((source, measure), (w, sum, sq, n)) in stats.OrderBy(kv => kv.Key.Source).ThenBy(kv => kv.Key.Measure))
        {
            if (n < MinimumPerMeasure || w <= 0)
            {
                continue;
            }
            var mean = sum / w;
            var noise = Math.Sqrt(Math.Max(sq / w - mean * mean, 0));
            var se = Math.Max(noise, Math.Sqrt(s.NoiseVariance[source])) / Math.Sqrt(w);
            yield return new SourceAssessment(s.Names[source], names[measure], n, noise, noise * 0.7, noise * 1.5,
                mean, mean - Z90 * se, mean + Z90 * se, s.Accuracy[source],
                Summary(s.Names[source], s.Alignments[source], mean, se, noise, n));
        }
    }
}
