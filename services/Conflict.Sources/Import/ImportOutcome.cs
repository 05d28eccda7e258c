using Conflict.Sources.Writes;

namespace Conflict.Sources.Import;

/// <summary>The outcome of an import: counts and source ids in item order, or the first failure (nothing written).</summary>
internal sealed record ImportOutcome(int Created, int Existing, IReadOnlyList<string> SourceIds, WriteResult? Failure);
