using Conflict.Extraction.Attribution;
using Conflict.Extraction.Numbers;

namespace Conflict.Extraction;

/// <summary>One claim found in a text, before its names are resolved to sources.</summary>
public sealed record ExtractedClaim
{
    public required string Measure { get; init; }

    /// <summary>Lower-case ISO 3166-1 alpha-2 party, or empty.</summary>
    public string Party { get; init; } = "";

    /// <summary>ISO 3166 place code, or empty.</summary>
    public string Place { get; init; } = "";

    public required Qualifier Qualifier { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public double? Point { get; init; }

    /// <summary>Unit of low/high/point, already converted to the measure's canonical unit.</summary>
    public required string Unit { get; init; }

    /// <summary>The figure as written ("more than 1,000 km²").</summary>
    public string ValueText { get; init; } = "";

    public required DateOnly AsOfStart { get; init; }

    public required DateOnly AsOfEnd { get; init; }

    /// <summary>The claimant as written ("Zelensky", "the Kremlin").</summary>
    public required string ClaimantText { get; init; }

    /// <summary>The relaying source as written (the publisher, or "ISW" in "... relayed by ISW"), or empty.</summary>
    public string ReporterText { get; init; } = "";

    public required string Quote { get; init; }

    /// <summary>Offsets of the quote in the text, in UTF-16 code units, end exclusive.</summary>
    public required int QuoteStart { get; init; }

    public required int QuoteEnd { get; init; }

    /// <summary>How specific the claimant is; used to keep the best of duplicate reports.</summary>
    internal SpeakerKind ClaimantKind { get; init; } = SpeakerKind.Collective;

    /// <summary>Between 0 and 1.</summary>
    public double Confidence { get; init; } = 1;
}
