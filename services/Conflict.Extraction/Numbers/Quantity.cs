
namespace Conflict.Extraction.Numbers;

/// <summary>
/// A figure found in a sentence, tokens [Start, End): qualifier, bounds already converted to the canonical
/// unit (<c>count</c>, <c>km2</c>, <c>km</c>, <c>percent</c>).
/// </summary>
internal sealed record Quantity
{
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>First token of the number itself, after any qualifier.</summary>
    public required int NumberStart { get; init; }
    public required Qualifier Qualifier { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public double? Point { get; init; }
    public required string Unit { get; init; }
    public required NumberForm Form { get; init; }

    /// <summary>The largest value the quantity states, for range checks against a measure's min/max.</summary>
    public double Magnitude => Point ?? High ?? Low ?? 0;
}
