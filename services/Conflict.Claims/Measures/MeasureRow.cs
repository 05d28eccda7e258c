namespace Conflict.Claims.Measures;

/// <summary>A row of <c>measures</c>; the per-language lists are JSON text.</summary>
internal sealed record MeasureRow
{
    public required string Id { get; init; }
    public required string Unit { get; init; }
    public int Kind { get; init; }
    public required string DisplayNames { get; init; }
    public required string TriggerWords { get; init; }
    public required string UnitAliases { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public string Description { get; init; } = "";
    public long CreateMs { get; init; }
    public long UpdateMs { get; init; }
    public required string Etag { get; init; }

    /// <summary>Nouns per language, JSON (<c>{"en": ["villages"]}</c>).</summary>
    public string CountedNouns { get; init; } = "{}";
    public bool NounRequired { get; init; }
    public bool NounAlone { get; init; }

    /// <summary><c>none</c>, <c>holder</c>, <c>captor</c> or <c>own</c>.</summary>
    public string PartyRole { get; init; } = "none";

    /// <summary>The principal that created the measure (<c>system</c> for the shipped catalog).</summary>
    public string Creator { get; init; } = "";

    /// <summary>The principal of the last change (the creator until one).</summary>
    public string Updater { get; init; } = "";
}
