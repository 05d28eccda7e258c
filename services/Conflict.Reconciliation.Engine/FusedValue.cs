namespace Conflict.Reconciliation.Engine;

/// <summary>The fused value of one object.</summary>
/// <param name="ObjectKey">The object.</param>
/// <param name="Value">The estimate: a number in invariant culture ("R" format) or the winning category as first written.</param>
/// <param name="Low">Lower end of the 90% interval (numeric objects; null for categorical or when unknown).</param>
/// <param name="High">Upper end of the 90% interval.</param>
/// <param name="Confidence">Posterior probability of the category (categorical); the interval's mass (numeric).</param>
/// <param name="IsNumeric">True for numeric objects.</param>
public sealed record FusedValue(string ObjectKey, string Value, double? Low, double? High, double Confidence, bool IsNumeric);
