namespace Conflict.Reconciliation.Engine;

/// <summary>A full reconciliation: every variable, the learned source parameters and their assessments.</summary>
/// <param name="Variables">One result per input variable, in input order.</param>
/// <param name="Model">The learned parameters; pass them to <see cref="Reconciler.ReconcileVariable"/> for cheap updates.</param>
/// <param name="Sources">Assessments per source, then per source and measure.</param>
public sealed record ReconciliationResult(
    IReadOnlyList<VariableResult> Variables, SourceModel Model, IReadOnlyList<SourceAssessment> Sources);
