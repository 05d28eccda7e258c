using System.Globalization;
using Conflict.Reconciliation.Engine;

namespace Conflict.Bench.Engine;

/// <summary>Error rate (categorical), MAE, relative MAE and 90% coverage (numeric) of fused values against truth.</summary>
internal sealed record FusionScore(int Numeric, double Mae, double RelativeMae, double Coverage, int Categorical, double ErrorRate)
{
    public static FusionScore Of(Dictionary<string, string> truth, FusionResult result)
    {
        var byObject = result.Values.ToDictionary(v => v.ObjectKey, StringComparer.Ordinal);
        double abs = 0, rel = 0;
        int numeric = 0, covered = 0, withInterval = 0, categorical = 0, wrong = 0;
        foreach (var (key, t) in truth)
        {
            byObject.TryGetValue(key, out var v);
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var tv))
            {
                if (v is null || !double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var pv))
                {
                    continue;
                }
                numeric++;
                abs += Math.Abs(pv - tv);
                rel += Math.Abs(pv - tv) / Math.Max(Math.Abs(tv), 1);
                if (v.Low is { } lo && v.High is { } hi)
                {
                    withInterval++;
                    covered += lo <= tv && tv <= hi ? 1 : 0;
                }
                continue;
            }
            categorical++;
            wrong += v is not null && string.Equals(v.Value.Trim(), t.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        }
        return new FusionScore(numeric, abs / numeric, rel / numeric, withInterval > 0 ? (double)covered / withInterval : double.NaN,
            categorical, (double)wrong / categorical);
    }

    /// <summary>Per object with a truth: absolute error (numeric) or 0/1 (categorical); objects without a
    /// usable prediction count as wrong (categorical) or are left out (numeric), as in <see cref="Of"/>.</summary>
    public static Dictionary<string, double> Losses(Dictionary<string, string> truth, FusionResult result)
    {
        var byObject = result.Values.ToDictionary(v => v.ObjectKey, StringComparer.Ordinal);
        var losses = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, t) in truth)
        {
            byObject.TryGetValue(key, out var v);
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var tv))
            {
                if (v is not null && double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var pv))
                {
                    losses[key] = Math.Abs(pv - tv);
                }
                continue;
            }
            losses[key] = v is not null && string.Equals(v.Value.Trim(), t.Trim(), StringComparison.OrdinalIgnoreCase) ? 0 : 1;
        }
        return losses;
    }
}
