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

    /// <summary>Extend the timeline to this day when it lies past the last day with evidence: the estimate carries
    /// forward as the random walk predicts, with an interval that widens with the days since the last evidence, so
    /// "what is it now?" has an honest answer. Null stops at the last day with evidence.</summary>
    public DateOnly? Through { get; init; }

    /// <summary>Maximum EM iterations when learning source parameters.</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>Probability mass of the credible intervals.</summary>
    public double CredibleMass { get; init; } = 0.9;

    /// <summary>Standardised distance beyond which two statements are in conflict.</summary>
    public double ConflictThreshold { get; init; } = 3.0;

    /// <summary>Largest number of threads; null lets the runtime decide.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
