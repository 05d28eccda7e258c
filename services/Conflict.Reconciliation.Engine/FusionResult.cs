namespace Conflict.Reconciliation.Engine;

/// <summary>Result of static fusion.</summary>
/// <param name="Values">One fused value per object, in order of first appearance.</param>
/// <param name="Sources">Learned source reliabilities.</param>
public sealed record FusionResult(IReadOnlyList<FusedValue> Values, IReadOnlyList<FusionSource> Sources);
