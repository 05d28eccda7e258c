using Conflict.Claims.Measures;

namespace Conflict.Claims.Extraction;

/// <summary>
/// Finds claims in English and French article text: pure, thread-safe, no I/O.
/// </summary>
public sealed class ClaimExtractor(IReadOnlyList<MeasureDefinition> catalog)
{
    /// <summary>Name and version recorded on extracted claims.</summary>
    public const string Version = "conflict-extractor/0.1";

    public IReadOnlyList<MeasureDefinition> Catalog { get; } = catalog;

    /// <summary>
    /// Extracts the claims of <paramref name="text"/> (language <c>en</c> or <c>fr</c>); relative dates resolve
    /// against <paramref name="published"/>; the publisher becomes the reporter of what it relays.
    /// </summary>
    public IReadOnlyList<ExtractedClaim> Extract(string text, string language, DateOnly published, string? publisher)
        => throw new NotImplementedException();
}
