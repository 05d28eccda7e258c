namespace Conflict.Reconciliation.Engine;

/// <summary>Learned parameters: per source noise, bias and accuracy, per measure drift. Immutable; the service may
/// persist it and pass it to <see cref="Reconciler.ReconcileVariable"/> between full re-learnings.</summary>
/// <param name="Sources">Parameters per claimant.</param>
/// <param name="Drift">Random-walk variance per day (log scale) per measure.</param>
/// <param name="SwitchRate">Daily probability that a categorical variable changes value.</param>
public sealed record SourceModel(
    IReadOnlyDictionary<string, SourceParameters> Sources, IReadOnlyDictionary<string, double> Drift, double SwitchRate)
{
    /// <summary>No learned parameters: every source and measure at its prior.</summary>
    public static SourceModel Empty { get; } = new(
        new Dictionary<string, SourceParameters>(StringComparer.Ordinal),
        new Dictionary<string, double>(StringComparer.Ordinal), Timeline.Priors.SwitchRate);

    /// <summary>The source's parameters, or its prior when it has not been seen.</summary>
    public SourceParameters For(string source, string? alignment) =>
        Sources.TryGetValue(source, out var p) ? p : Timeline.Priors.Source(source, alignment);

    /// <summary>The measure's drift, or the prior drift.</summary>
    public double DriftFor(string measure) =>
        Drift.TryGetValue(measure, out var q) ? q : Timeline.Priors.Drift;
}
