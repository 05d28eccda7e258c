using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Engine.Synthetic;

namespace Conflict.Bench.Engine;

/// <summary>Scores reconciled timelines against the synthetic truth on every date a statement is about.</summary>
internal sealed record TimelineScore(int Points, double Mae, double RelativeMae, double MedianRelative, double Coverage, double MeanWidth)
{
    public static TimelineScore Of(IReadOnlyList<SyntheticVariable> truth, IReadOnlyList<VariableResult> results)
    {
        var abs = new List<double>();
        var rel = new List<double>();
        var width = new List<double>();
        var covered = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            var days = truth[i].Input.Claims.Select(c => c.End).Distinct();
            foreach (var day in days)
            {
                var point = results[i].At(day);
                if (point is null || double.IsNaN(point.Estimate))
                {
                    continue;
                }
                var t = truth[i].TruthAt(day);
                abs.Add(Math.Abs(point.Estimate - t));
                rel.Add(Math.Abs(point.Estimate - t) / Math.Max(t, 1));
                width.Add((point.High - point.Low) / Math.Max(t, 1));
                covered += point.Low <= t && t <= point.High ? 1 : 0;
            }
        }
        rel.Sort();
        return new TimelineScore(abs.Count, abs.Average(), rel.Average(), rel[rel.Count / 2], (double)covered / abs.Count, width.Average());
    }
}
