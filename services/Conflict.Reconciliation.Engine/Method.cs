namespace Conflict.Reconciliation.Engine;

/// <summary>Which estimator reconciles the claims; the baselines exist to be beaten.</summary>
public enum Method
{
    /// <summary>The default: state-space model with source noise and partisan bias (see MODEL.md).</summary>
    StateSpace,
    /// <summary>Baseline: mean of the claimed values per date (numeric), most frequent value (categorical).</summary>
    Mean,
    /// <summary>Baseline: median of the claimed values per date (numeric), most frequent value (categorical).</summary>
    Median,
    /// <summary>Baseline: most frequent claimed value per date.</summary>
    MajorityVote,
    /// <summary>Baseline: CRH (Li et al., SIGMOD 2014): source weights from normalised losses, weighted median and vote.</summary>
    Crh,
}
