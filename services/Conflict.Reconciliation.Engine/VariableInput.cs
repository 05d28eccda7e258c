namespace Conflict.Reconciliation.Engine;

/// <summary>A variable with every active claim about it.</summary>
/// <param name="Variable">What is measured, about whom.</param>
/// <param name="Claims">The active claims (superseded ones removed by the caller).</param>
public sealed record VariableInput(VariableSpec Variable, IReadOnlyList<ClaimInput> Claims);
