namespace Conflict.Reconciliation.Engine;

/// <summary>The reconciled value of a variable on one day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Estimate">Posterior median (numeric); NaN for categorical variables.</param>
/// <param name="Low">Lower end of the credible interval (numeric).</param>
/// <param name="High">Upper end of the credible interval (numeric).</param>
/// <param name="IndependentStatements">Distinct statements about this day (relays counted once).</param>
/// <param name="Category">Most probable category (categorical variables), else null.</param>
/// <param name="Probability">Posterior probability of <paramref name="Category"/> (categorical), else NaN.</param>
public sealed record TimelinePoint(
    DateOnly Date, double Estimate, double Low, double High, int IndependentStatements,
    string? Category = null, double Probability = double.NaN);
