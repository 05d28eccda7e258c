using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>How an observation fits the posterior: the imputed statement (for bounds, the expected figure given the
/// bound), the raw residual, and the share of a full statement's information it carries.</summary>
/// <param name="Residual">Imputed statement minus posterior mean (bias not removed).</param>
/// <param name="Information">1 for a point; for a bound, how much the bound narrowed the predictive (0..1).</param>
/// <param name="Noise">The statement's noise variance (source, rounding, split).</param>
/// <param name="Rounding">The rounding part of the noise.</param>
/// <param name="Standardised">Residual after removing the bias, over the predictive spread; 0 for satisfied bounds.</param>
/// <param name="Variance">Posterior variance at the node, in the statement's units.</param>
internal readonly record struct ObservationFit(double Residual, double Information, double Noise, double Rounding, double Standardised, double Variance)
{
    /// <summary>Evaluates the fit of <paramref name="o"/>.</summary>
    public static ObservationFit Of(in Observation o, SourceArrays s, Posterior post, Scale scale)
    {
        var m = post.Mean[o.Node];
        var p = post.Variance[o.Node];
        var (low, high, noise, bias, kappa, rounding) = SiteUpdate.Effective(o, s, scale);
        var k2 = kappa * kappa;
        if (low == high)
        {
            return new ObservationFit((low - m) / kappa, 1 / o.Split, noise, rounding, (low - bias - m) / Math.Sqrt(noise + p), p / k2);
        }
        var cavityTau = Math.Max(1 / p - o.SiteTau, 1e-9);
        var mu = (m / p - o.SiteNu) / cavityTau;
        var spread = Math.Sqrt(1 / cavityTau + noise);
        var (em, ev) = TruncatedNormal.Moments((low - bias - mu) / spread, (high - bias - mu) / spread);
        var imputed = mu + bias + spread * em;
        var predicted = m + bias;
        var violation = predicted < low ? low - predicted : predicted > high ? high - predicted : 0;
        return new ObservationFit((imputed - m) / kappa, Math.Clamp(1 - ev, 0, 1) / o.Split, noise, rounding, violation / Math.Sqrt(noise + p), p / k2);
    }
}
