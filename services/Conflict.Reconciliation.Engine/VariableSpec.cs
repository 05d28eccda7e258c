namespace Conflict.Reconciliation.Engine;

/// <summary>A variable: one measure about one scope.</summary>
public sealed record VariableSpec
{
    /// <summary>The variable's key, e.g. `area_controlled/ua/RU-KRS`.</summary>
    public required string Key { get; init; }

    /// <summary>The measure, e.g. `area_controlled`; drift and per-measure assessments are pooled by it.</summary>
    public required string Measure { get; init; }

    /// <summary>How the measure behaves over time.</summary>
    public MeasureKind Kind { get; init; }

    /// <summary>The party the figure is about (`ua`), or null (civilians).</summary>
    public string? Party { get; init; }

    /// <summary>+1 when a larger value is good for <see cref="Party"/> (area held, prisoners taken), -1 when bad
    /// (its losses), 0 when neutral. With the claimant's alignment it gives the direction of partisan bias.</summary>
    public int Polarity { get; init; }

    /// <summary>A spec with kind and polarity taken from <see cref="MeasureDefaults"/>.</summary>
    public static VariableSpec For(string measure, string? party, string place) => new()
    {
        Key = $"{measure}/{party ?? "-"}/{place}",
        Measure = measure,
        Kind = MeasureDefaults.Kind(measure),
        Party = party,
        Polarity = MeasureDefaults.Polarity(measure),
    };
}
