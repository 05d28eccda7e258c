using Conflict.Extraction.Lexicon;
using Conflict.Extraction.Text;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction;

/// <summary>
/// Finds claims in English and French article text: pure, thread-safe, no I/O. All patterns are hand-written
/// token grammars (no backtracking regular expressions), so time grows linearly with the text.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>Name and version recorded on extracted claims.</summary>
    public const string Version = "conflict-extractor/0.1";

    private readonly LanguageModel _english;
    private readonly LanguageModel _french;

    public ClaimExtractor(IReadOnlyList<MeasureDefinition> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _english = new LanguageModel(EnglishWords.Create(), catalog);
        _french = new LanguageModel(FrenchWords.Create(), catalog);
    }

    /// <summary>An extractor over the shipped catalog (<c>Catalog/measures.json</c> of the extraction library).</summary>
    public ClaimExtractor()
        : this(MeasureCatalogFile.Default)
    {
    }

    public IReadOnlyList<MeasureDefinition> Catalog { get; }

    /// <summary>
    /// An extractor for <paramref name="catalog"/>, built once per distinct catalog content and reused: building
    /// one compiles every word list (tens of milliseconds), and its word cache warms up as it reads.
    /// </summary>
    public static ClaimExtractor For(IReadOnlyList<MeasureDefinition> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var signature = ExtractorCache.Signature(catalog);
        return ExtractorCache.GetOrAdd(signature, () => new ClaimExtractor(catalog));
    }

    /// <summary>The languages <see cref="Extract"/> accepts.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr"];

    /// <summary>
    /// Extracts the claims of <paramref name="text"/> (language <c>en</c> or <c>fr</c>, or a tag such as
    /// <c>en-GB</c>); relative dates resolve against <paramref name="published"/>; the publisher becomes the
    /// reporter of what it relays and the claimant of what nobody else is said to claim.
    /// </summary>
    /// <exception cref="ArgumentException">The language is neither English nor French.</exception>
    public IReadOnlyList<ExtractedClaim> Extract(string text, string language, DateOnly published, string? publisher)
    {
        var model = ModelFor(language);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var doc = DocumentText.Build(text, model.Vocabulary);
        var claims = new DocumentAnalysis(model, doc, published, string.IsNullOrWhiteSpace(publisher) ? "unknown publisher" : publisher.Trim()).Run();
        return Deduplicate(claims);
    }

    private LanguageModel ModelFor(string language)
    {
        var tag = (language ?? "").Trim();
        var primary = tag.Split('-', '_')[0];
        return primary.Equals("en", StringComparison.OrdinalIgnoreCase) ? _english
            : primary.Equals("fr", StringComparison.OrdinalIgnoreCase) ? _french
            : throw new ArgumentException($"Unsupported language '{language}'; expected one of: en, fr.", nameof(language));
    }

    /// <summary>
    /// One figure for one variable and day, reported twice in an article (headline and body), is one claim:
    /// keep the report with the most specific claimant (a named person over an institution over the publisher).
    /// </summary>
    private static List<ExtractedClaim> Deduplicate(List<ExtractedClaim> claims)
    {
        var kept = new List<ExtractedClaim>(claims.Count);
        foreach (var claim in claims)
        {
            var twin = kept.FindIndex(k => SameFigure(k, claim));
            if (twin < 0)
            {
                kept.Add(claim);
            }
            else if (claim.ClaimantKind > kept[twin].ClaimantKind)
            {
                kept[twin] = claim;
            }
        }
        return kept;
    }

    private static bool SameFigure(ExtractedClaim a, ExtractedClaim b)
        => a.Measure == b.Measure && a.Party == b.Party && a.Place == b.Place && a.Qualifier == b.Qualifier
           && a.Low == b.Low && a.High == b.High && a.Point == b.Point && a.AsOfEnd == b.AsOfEnd;
}
