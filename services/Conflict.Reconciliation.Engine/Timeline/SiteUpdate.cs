using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Gaussian sites for statements: exact for points, moment-matched truncated Gaussians (assumed density
/// filtering / EP) for bounds and intervals, and plug-in of the period start for flows.</summary>
internal static class SiteUpdate
{
    /// <summary>The statement's interval and extra variance at the current posterior (flows shift by the running
    /// total at the period start, whose uncertainty widens the statement).</summary>
    public static (double Low, double High, double Extra) Effective(in Observation o, Posterior post)
    {
        if (o.FromNode < 0)
        {
            return (o.Value.Low, o.Value.High, 0);
        }
        var start = Stated.FromLog(post.Mean[o.FromNode]);
        var startVariance = (1 + start) * (1 + start) * post.Variance[o.FromNode];
        var low = double.IsNaN(o.Value.RawLow) ? double.NegativeInfinity : Stated.ToLog(o.Value.RawLow + start);
        var high = double.IsNaN(o.Value.RawHigh) ? double.PositiveInfinity : Stated.ToLog(o.Value.RawHigh + start);
        var mid = double.IsNaN(o.Value.RawLow) ? o.Value.RawHigh : o.Value.RawLow;
        var scale = 1 + start + (double.IsNaN(mid) ? 0 : mid);
        return (low, high, startVariance / (scale * scale));
    }

    /// <summary>Noise variance of the statement (source noise, rounding, extra), inflated by its period split.</summary>
    public static double NoiseOf(in Observation o, SourceArrays s, double extra) =>
        (s.NoiseVariance[o.Source] + NonSourceVariance(o, s, extra)) * o.Split;

    /// <summary>The part of the noise that is not the source's own noise: rounding, the flow's start, and the
    /// uncertainty of the bias removed (a source with few statements is discounted for it).</summary>
    public static double NonSourceVariance(in Observation o, SourceArrays s, double extra) =>
        o.Value.RoundingVariance + extra + s.BiasVariance[o.Source] + o.Direction * o.Direction * s.PartisanVariance[o.Source];

    /// <summary>Sets the site of a point statement.</summary>
    public static void SetPoint(ref Observation o, SourceArrays s)
    {
        var noise = NoiseOf(o, s, 0);
        o.SiteTau = 1 / noise;
        o.SiteNu = (o.Value.Low - s.BiasOf(o.Source, o.Direction)) / noise;
    }

    /// <summary>Recomputes an adaptive site from its cavity; <paramref name="damping"/> is the share of the new site.</summary>
    public static void Update(ref Observation o, SourceArrays s, Posterior post, double damping)
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
        var (low, high, extra) = Effective(o, post);
        var noise = NoiseOf(o, s, extra);
        var bias = s.BiasOf(o.Source, o.Direction);
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
