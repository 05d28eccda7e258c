namespace Conflict.Reconciliation.Engine;

/// <summary>One claim for static fusion: a source gives a value for an object (a number in invariant culture, or a category).</summary>
/// <param name="ObjectKey">The object (entity and attribute), e.g. "Paris|population".</param>
/// <param name="Source">The source.</param>
/// <param name="Value">The value as written.</param>
public sealed record FusionRow(string ObjectKey, string Source, string Value);
