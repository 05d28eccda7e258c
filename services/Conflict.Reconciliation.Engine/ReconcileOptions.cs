namespace Conflict.Reconciliation.Engine;

/// <summary>How to reconcile.</summary>
public sealed record ReconcileOptions
{
    /// <summary>The default options.</summary>
    public static ReconcileOptions Default { get; } = new();

    /// <summary>The estimator; the baselines ignore source parameters.</summary>
    public Method Method { get; init; } = Method.StateSpace;

    /// <summary>Also estimate every day between the first and last dates with evidence.</summary>
    public bool DailyGrid { get; init; }

    /// <summary>Maximum EM iterations when learning source parameters.</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>Probability mass of the credible intervals.</summary>
    public double CredibleMass { get; init; } = 0.9;

    /// <summary>Standardised distance beyond which two statements are in conflict.</summary>
    public double ConflictThreshold { get; init; } = 3.0;

    /// <summary>Largest number of threads; null lets the runtime decide.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
