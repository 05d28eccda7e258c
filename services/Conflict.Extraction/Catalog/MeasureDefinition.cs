namespace Conflict.Extraction.Catalog;

/// <summary>
/// A measure of the catalog as the extractor and validation need it. The shipped catalog is
/// <c>Catalog/measures.json</c> of the extraction library; the service keeps it in its database and extends it through the API.
/// </summary>
public sealed record MeasureDefinition
{
    /// <summary>Id, e.g. <c>area_controlled</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Canonical unit: <c>km2</c>, <c>km</c>, <c>count</c> or <c>percent</c>.</summary>
    public required string Unit { get; init; }

    /// <summary><c>level</c>, <c>cumulative</c> or <c>flow</c>.</summary>
    public required string Kind { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Display name per language (<c>en</c>, <c>fr</c>).</summary>
    public IReadOnlyDictionary<string, string> DisplayNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Trigger words per language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Triggers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Accepted unit spellings and their factor to the canonical unit.</summary>
    public IReadOnlyDictionary<string, double> UnitAliases { get; init; } = new Dictionary<string, double>();

    public string Description { get; init; } = "";

    /// <summary>What a count measure counts, per language ("villages", "prisonniers"); empty for unit measures.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Nouns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The number must be followed by one of <see cref="Nouns"/> to be this measure.</summary>
    public bool NounRequired { get; init; }

    /// <summary>A trigger word must occur near the number (a matching noun alone is not enough).</summary>
    public bool TriggerRequired { get; init; } = true;

    /// <summary>
    /// Whose side the figure is about: <c>holder</c> (territory), <c>captor</c> (prisoners), <c>own</c> (troops,
    /// losses) or <c>none</c> (civilians).
    /// </summary>
    public string PartyRole { get; init; } = "none";
}
