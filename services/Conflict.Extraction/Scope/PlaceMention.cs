namespace Conflict.Extraction.Scope;

/// <summary>
/// A place named in a sentence, tokens [Start, End). <c>Anaphoric</c>: "this Ukrainian region" resolved to the
/// last region named; <c>Locative</c>: introduced by "in", "into", "dans"...
/// </summary>
internal readonly record struct PlaceMention(int Start, int End, string Code, bool Anaphoric, bool Locative)
{
    public bool IsRegion => Code.Contains('-', StringComparison.Ordinal);
}
