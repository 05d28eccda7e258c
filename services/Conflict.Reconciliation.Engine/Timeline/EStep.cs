namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>The E-step for one numeric variable: EP sweeps around a Kalman smoother.</summary>
internal static class EStep
{
    /// <summary>Prior variance of the first node around the variable's typical stated figure.</summary>
    public const double InitialVariance = 0.5;

    /// <summary>Runs the smoother with point sites and up to <paramref name="sweeps"/> EP sweeps for the others.</summary>
    public static Posterior Run(PreparedVariable v, SourceArrays s, double drift, int sweeps, Posterior? post = null)
    {
        post ??= new Posterior(v.Days.Length);
        var obs = v.Observations;
        for (var j = 0; j < obs.Length; j++)
        {
            if (!obs[j].IsAdaptive)
            {
                SiteUpdate.SetPoint(ref obs[j], s, v.Scale);
            }
        }
        if (v.HasFlows)
        {
            EstimateFlowStarts(v, drift, post);
        }
        var passes = v.HasAdaptive ? Math.Max(sweeps, 1) : 1;
        for (var pass = 0; pass < passes; pass++)
        {
            Smooth(v, drift, post);
            if (pass == passes - 1)
            {
                break;
            }
            for (var j = 0; j < obs.Length; j++)
            {
                if (obs[j].IsAdaptive)
                {
                    SiteUpdate.Update(ref obs[j], s, v.Scale, post, obs[j].SiteTau == 0 ? 1 : 0.7);
                }
            }
        }
        return post;
    }

    /// <summary>Degrees of freedom of the Student-t errors of point statements in the final estimate.</summary>
    public const double Dof = 4;

    /// <summary>A standardised residual beyond which a statement counts as a possible gross error.</summary>
    private const double OutlierZ = 2;

    /// <summary>
    /// The estimate with Student-t errors: real sources make gross errors (a wrong digit, a stale figure) that a
    /// Gaussian lets drag the estimate. Each point statement is weighted by its expected precision scale under the t
    /// given the Gaussian fit (one step of EM for the t as a scale mixture), and the variable smoothed again. The
    /// interval keeps the Gaussian fit's variance: conditioning on the weights as if known would narrow it well below
    /// what the evidence supports (tried: 90% intervals held the truth 78% of the time on series-quality).
    /// Learning stays Gaussian; the weights are reset afterwards.
    /// </summary>
    public static Posterior Robust(PreparedVariable v, SourceArrays s, double drift, Posterior gaussian)
    {
        var obs = v.Observations;
        if (obs.Length < 3)
        {
            return gaussian;
        }
        var outlier = false;
        for (var j = 0; j < obs.Length; j++)
        {
            if (!obs[j].IsAdaptive)
            {
                var z = ObservationFit.Of(obs[j], s, gaussian, v.Scale).Standardised;
                obs[j].Weight = (Dof + 1) / (Dof + z * z);
                outlier |= Math.Abs(z) > OutlierZ;
            }
        }
        // With every statement within the Gaussian's reach the t changes the estimate too little to pay a second pass
        var robust = outlier ? Run(v, s, drift, 10) : gaussian;
        for (var j = 0; j < obs.Length; j++)
        {
            obs[j].Weight = 1;
        }
        if (outlier)
        {
            Array.Copy(gaussian.Variance, robust.Variance, robust.Variance.Length);
        }
        return robust;
    }

    private static void EstimateFlowStarts(PreparedVariable v, double drift, Posterior post)
    {
        var obs = v.Observations;
        for (var j = 0; j < obs.Length; j++)
        {
            if (obs[j].FromNode >= 0)
            {
                obs[j].SiteTau = 0;
                obs[j].SiteNu = 0;
            }
        }
        Smooth(v, drift, post);
        for (var j = 0; j < obs.Length; j++)
        {
            if (obs[j].FromNode >= 0)
            {
                obs[j].StartMean = post.Mean[obs[j].FromNode];
                obs[j].StartVariance = post.Variance[obs[j].FromNode];
            }
        }
    }

    /// <summary>Aggregates the sites per node and smooths.</summary>
    public static void Smooth(PreparedVariable v, double drift, Posterior post)
    {
        Array.Clear(post.Tau);
        Array.Clear(post.Nu);
        foreach (ref readonly var o in v.Observations.AsSpan())
        {
            post.Tau[o.Node] += o.SiteTau;
            post.Nu[o.Node] += o.SiteNu;
        }
        Smoother.Run(v.Days, drift, v.PriorMean, InitialVariance, post.Tau, post.Nu, post.Mean, post.Variance, post.LagCovariance);
    }
}
