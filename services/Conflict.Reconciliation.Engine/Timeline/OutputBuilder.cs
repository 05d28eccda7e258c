using Conflict.Reconciliation.Engine.Categorical;
using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Turns a posterior into the public result: timeline, per-claim weights and residuals, conflicts.</summary>
internal static class OutputBuilder
{
    /// <summary>The result of a numeric variable.</summary>
    public static VariableResult Numeric(PreparedVariable v, SourceArrays s, Posterior post, double drift, ReconcileOptions options)
    {
        var z = Normal.Quantile(0.5 + options.CredibleMass / 2);
        var n = v.Days.Length;
        var mean = (double[])post.Mean.Clone();
        if (v.Spec.Kind is MeasureKind.Cumulative or MeasureKind.Flow)
        {
            // A running total never falls: project the posterior means on non-decreasing paths, weighted by precision.
            var weights = new double[n];
            for (var i = 0; i < n; i++)
            {
                weights[i] = 1 / post.Variance[i];
            }
            Isotonic.Increasing(mean, weights);
        }
        var counts = StatementCounts(v);
        var timeline = new TimelinePoint[n];
        for (var i = 0; i < n; i++)
        {
            var sd = Math.Sqrt(post.Variance[i]);
            timeline[i] = new TimelinePoint(DateOnly.FromDayNumber(v.Days[i]), v.Scale.From(mean[i]),
                v.Scale.From(mean[i] - z * sd), v.Scale.From(mean[i] + z * sd), counts[i]);
        }
        return new VariableResult(v.Spec.Key, timeline, NumericClaims(v, s, post), ConflictFinder.Find(v, drift, options.ConflictThreshold));
    }

    /// <summary>The result of a categorical variable.</summary>
    public static VariableResult Categorical(PreparedVariable v, SourceArrays s, double switchRate, ReconcileOptions options)
    {
        var gamma = CategoricalModel.Posterior(v, s, switchRate);
        var k = Math.Max(v.Categories.Length, 1);
        var counts = StatementCounts(v);
        var timeline = new TimelinePoint[v.Days.Length];
        for (var i = 0; i < timeline.Length; i++)
        {
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                best = gamma[i * k + c] > gamma[i * k + best] ? c : best;
            }
            timeline[i] = new TimelinePoint(DateOnly.FromDayNumber(v.Days[i]), double.NaN, double.NaN, double.NaN, counts[i],
                v.Categories.Length > 0 ? v.Categories[best] : null, gamma[i * k + best]);
        }
        var claims = new List<ClaimAssessment>();
        for (var c = 0; c < v.Claims.Count; c++)
        {
            var si = v.ClaimStatement[c];
            if (si < 0)
            {
                continue;
            }
            var st = v.Statements[si];
            var votes = VoteShare(v, s, st);
            claims.Add(new ClaimAssessment(v.Claims[c].Id, DateOnly.FromDayNumber(v.Days[st.EndNode]), votes,
                1 - gamma[st.EndNode * k + st.Category], st.Key, 0));
        }
        return new VariableResult(v.Spec.Key, timeline, claims, ConflictFinder.Find(v, 0, options.ConflictThreshold));
    }

    private static double VoteShare(PreparedVariable v, SourceArrays s, Statement st)
    {
        double total = 0;
        double own = 0;
        var k = Math.Max(v.Categories.Length, 2);
        foreach (var other in v.Statements)
        {
            if (other.EndNode != st.EndNode)
            {
                continue;
            }
            var a = Math.Clamp(s.Accuracy[other.Source], 0.01, 0.99);
            var weight = Math.Max(Math.Log(a * (k - 1) / (1 - a)), 0);
            total += weight;
            own += other.Equals(st) ? weight : 0;
        }
        return total > 0 ? own / total : 0;
    }

    private static List<ClaimAssessment> NumericClaims(PreparedVariable v, SourceArrays s, Posterior post)
    {
        var atEnd = new int[v.Statements.Length];
        Array.Fill(atEnd, -1);
        for (var j = 0; j < v.Observations.Length; j++)
        {
            ref readonly var o = ref v.Observations[j];
            if (o.Node == v.Statements[o.Statement].EndNode)
            {
                atEnd[o.Statement] = j;
            }
        }
        var claims = new List<ClaimAssessment>(v.Claims.Count);
        for (var c = 0; c < v.Claims.Count; c++)
        {
            var si = v.ClaimStatement[c];
            if (si < 0 || atEnd[si] < 0)
            {
                continue;
            }
            ref readonly var o = ref v.Observations[atEnd[si]];
            var fit = ObservationFit.Of(o, s, post, v.Scale);
            claims.Add(new ClaimAssessment(v.Claims[c].Id, DateOnly.FromDayNumber(v.Days[o.Node]),
                Math.Clamp(o.SiteTau * post.Variance[o.Node], 0, 1), fit.Standardised, v.Statements[si].Key, s.BiasOf(o.Source, o.Direction)));
        }
        return claims;
    }

    private static int[] StatementCounts(PreparedVariable v)
    {
        var counts = new int[v.Days.Length];
        var last = new int[v.Days.Length];
        Array.Fill(last, -1);
        if (v.IsCategorical)
        {
            foreach (var st in v.Statements)
            {
                counts[st.EndNode]++;
            }
            return counts;
        }
        foreach (ref readonly var o in v.Observations.AsSpan())
        {
            if (last[o.Node] != o.Statement)
            {
                counts[o.Node]++;
                last[o.Node] = o.Statement;
            }
        }
        return counts;
    }
}
