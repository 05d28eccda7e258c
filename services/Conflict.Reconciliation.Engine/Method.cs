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
    /// <summary>Baseline: TruthFinder (Yin, Han and Yu, KDD 2007): source trust and fact confidence reinforce each other,
    /// near values support each other.</summary>
    TruthFinder,
    /// <summary>Baseline: Dawid and Skene (Applied Statistics, 1979): a full confusion matrix per source, learned by EM;
    /// numbers by the median.</summary>
    DawidSkene,
}
