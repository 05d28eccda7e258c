using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Gaussian sites for statements: exact for points, moment-matched truncated Gaussians (assumed density
/// filtering / EP) for bounds and intervals, and plug-in of the period start for flows.</summary>
internal static class SiteUpdate
{
    /// <summary>The statement as seen by the node it is attached to. Most statements are themselves; a flow over a
    /// period becomes a statement about its running total at the end, shifted by the total at the start (estimated
    /// without the flows, so that a flow cannot raise its own baseline through the random walk; its
    /// uncertainty widens it), with its noise and bias shrunk by kappa = amount / (1 + total) because they are
    /// relative to the amount stated, not to the total.</summary>
    public static Effective Effective(in Observation o, SourceArrays s, Scale scale)
    {
        var nonSource = o.Value.RoundingVariance + s.BiasVariance[o.Source] + o.Direction * o.Direction * s.PartisanVariance[o.Source];
        var bias = s.BiasOf(o.Source, o.Direction);
        if (o.FromNode < 0)
        {
            return new Effective(o.Value.Low, o.Value.High, (s.NoiseVariance[o.Source] + nonSource) * o.Split, bias, 1, nonSource);
        }
        var start = scale.From(o.StartMean);
        var low = double.IsNaN(o.Value.RawLow) ? double.NegativeInfinity : scale.To(o.Value.RawLow + start);
        var high = double.IsNaN(o.Value.RawHigh) ? double.PositiveInfinity : scale.To(o.Value.RawHigh + start);
        var amount = double.IsNaN(o.Value.RawLow) ? o.Value.RawHigh : o.Value.RawLow;
        amount = double.IsNaN(amount) ? 0 : amount;
        // On the linear scale errors are additive: the flow's own noise applies unchanged and the start's
        // uncertainty adds. On the log scale both shrink with the amount's share of the total.
        var total = 1 + start + amount;
        var kappa = scale.IsLog ? Math.Max((1 + amount) / total, 1e-3) : 1;
        var extra = scale.IsLog ? (1 + start) * (1 + start) * o.StartVariance / (total * total) : o.StartVariance;
        return new Effective(low, high, (s.NoiseVariance[o.Source] + nonSource) * kappa * kappa * o.Split + extra,
            bias * kappa, kappa, nonSource + extra / (kappa * kappa));
    }

    /// <summary>Sets the site of a point statement.</summary>
    public static void SetPoint(ref Observation o, SourceArrays s, Scale scale)
    {
        var e = Effective(o, s, scale);
        o.SiteTau = o.Weight / e.Noise;
        o.SiteNu = (e.Low - e.Bias) * o.Weight / e.Noise;
    }

    /// <summary>Recomputes an adaptive site from its cavity; <paramref name="damping"/> is the share of the new site.</summary>
    public static void Update(ref Observation o, SourceArrays s, Scale scale, Posterior post, double damping)
    {
        var p = post.Variance[o.Node];
        var cavityTau = 1 / p - o.SiteTau;
        if (cavityTau <= 1e-9)
        {
            return;
        }
        var cavityNu = post.Mean[o.Node] / p - o.SiteNu;
        var mu = cavityNu / cavityTau;
        var v = 1 / cavityTau;
        var (low, high, noise, bias, _, _) = Effective(o, s, scale);
        double newTau, newNu;
        if (low == high)
        {
            newTau = 1 / noise;
            newNu = (low - bias) / noise;
        }
        else
        {
            var spread = Math.Sqrt(v + noise);
            var (em, ev) = TruncatedNormal.Moments((low - bias - mu) / spread, (high - bias - mu) / spread);
            var mean = mu + v / spread * em;
            var variance = v + v * v / (spread * spread) * (ev - 1);
            newTau = 1 / variance - cavityTau;
            newNu = mean / variance - cavityNu;
            if (newTau < 1e-10)
            {
                newTau = 1e-10;
                newNu = newTau * mean;
            }
        }
        o.SiteTau = (1 - damping) * o.SiteTau + damping * newTau;
        o.SiteNu = (1 - damping) * o.SiteNu + damping * newNu;
    }
}
