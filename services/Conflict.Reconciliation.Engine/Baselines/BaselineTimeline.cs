using Conflict.Reconciliation.Engine.Numerics;
using Conflict.Reconciliation.Engine.Timeline;

namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>The baselines on timelines: per date with evidence, the mean, median, most frequent value or CRH truth of
/// the statements about that date (relays collapsed; bounds taken at their bound, ranges at their middle). Intervals
/// use the variable's spread of statements around the estimates.</summary>
internal static class BaselineTimeline
{
    /// <summary>Reconciles all variables with a baseline; CRH learns its source weights jointly over all of them.</summary>
    public static VariableResult[] Run(PreparedVariable[] prepared, int sources, ReconcileOptions options)
    {
        var (objectOf, offsets) = Objects(prepared);
        var values = Values(prepared, objectOf, offsets, sources, options.Method);
        var results = new VariableResult[prepared.Length];
        for (var i = 0; i < prepared.Length; i++)
        {
            results[i] = Build(prepared[i], values, offsets[i], options);
        }
        return results;
    }

    private static (int[][] ObjectOf, int[] Offsets) Objects(PreparedVariable[] prepared)
    {
        var offsets = new int[prepared.Length + 1];
        var objectOf = new int[prepared.Length][];
        for (var i = 0; i < prepared.Length; i++)
        {
            var v = prepared[i];
            objectOf[i] = new int[v.Statements.Length];
            for (var s = 0; s < v.Statements.Length; s++)
            {
                objectOf[i][s] = offsets[i] + v.Statements[s].EndNode;
            }
            offsets[i + 1] = offsets[i] + v.Days.Length;
        }
        return (objectOf, offsets);
    }

    private static (double[] Numbers, int[] Categories) Values(PreparedVariable[] prepared, int[][] objectOf, int[] offsets, int sources, Method method)
    {
        var obj = new List<int>();
        var src = new List<int>();
        var num = new List<double>();
        var label = new List<int>();
        var labels = new CategoryLabels();
        for (var i = 0; i < prepared.Length; i++)
        {
            var v = prepared[i];
            for (var s = 0; s < v.Statements.Length; s++)
            {
                obj.Add(objectOf[i][s]);
                src.Add(v.Statements[s].Source);
                num.Add(v.IsCategorical ? double.NaN : Representative(v.Statements[s].Value));
                label.Add(v.Statements[s].Category < 0 ? -1 : labels.Of(v.Categories[v.Statements[s].Category]));
            }
        }
        var (numbers, categories, _) = BaselineSolvers.Run(method, offsets[^1], sources, [.. obj], [.. src], [.. num], [.. label]);
        // Back from the shared labels to each variable's own category indices.
        for (var i = 0; i < prepared.Length; i++)
        {
            for (var node = offsets[i]; node < offsets[i + 1]; node++)
            {
                categories[node] = categories[node] < 0 ? -1 : Array.FindIndex(prepared[i].Categories, c => labels.Of(c) == categories[node]);
            }
        }
        return (numbers, categories);
    }

    /// <summary>One representative figure of a statement.</summary>
    internal static double Representative(Stated v) =>
        v.IsPoint ? v.RawLow
        : !double.IsNaN(v.RawLow) && !double.IsNaN(v.RawHigh) ? (v.RawLow + v.RawHigh) / 2
        : double.IsNaN(v.RawLow) ? v.RawHigh : v.RawLow;

    private static VariableResult Build(PreparedVariable v, (double[] Numbers, int[] Categories) values, int offset, ReconcileOptions options)
    {
        var z = Normal.Quantile(0.5 + options.CredibleMass / 2);
        var counts = new int[v.Days.Length];
        double sq = 0;
        foreach (var st in v.Statements)
        {
            counts[st.EndNode]++;
            if (!v.IsCategorical)
            {
                var d = v.Scale.To(Representative(st.Value)) - v.Scale.To(values.Numbers[offset + st.EndNode]);
                sq += d * d;
            }
        }
        var spread = v.Statements.Length > 1 ? Math.Sqrt(sq / (v.Statements.Length - 1)) : 0.1;
        var timeline = new List<TimelinePoint>();
        for (var n = 0; n < v.Days.Length; n++)
        {
            if (counts[n] == 0)
            {
                continue;
            }
            var date = DateOnly.FromDayNumber(v.Days[n]);
            if (v.IsCategorical)
            {
                var c = values.Categories[offset + n];
                timeline.Add(new TimelinePoint(date, double.NaN, double.NaN, double.NaN, counts[n], c >= 0 ? v.Categories[c] : null, double.NaN));
                continue;
            }
            var m = v.Scale.To(values.Numbers[offset + n]);
            var half = z * spread / Math.Sqrt(counts[n]);
            timeline.Add(new TimelinePoint(date, v.Scale.From(m), v.Scale.From(m - half), v.Scale.From(m + half), counts[n]));
        }
        return new VariableResult(v.Spec.Key, timeline, [], ConflictFinder.Find(v, Priors.Drift, options.ConflictThreshold));
    }
}
