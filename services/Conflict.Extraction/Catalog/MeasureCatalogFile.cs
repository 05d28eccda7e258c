using System.Reflection;
using System.Text.Json;

namespace Conflict.Extraction.Catalog;

/// <summary>Reads the measure catalog JSON (<c>{"measures":[...]}</c>) shipped as <c>Catalog/measures.json</c>.</summary>
public static class MeasureCatalogFile
{
    private const string ResourceSuffix = "Catalog.measures.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<IReadOnlyList<MeasureDefinition>> Shipped = new(LoadShipped);

    /// <summary>The catalog embedded in this assembly (parsed once).</summary>
    public static IReadOnlyList<MeasureDefinition> Default => Shipped.Value;

    /// <summary>Parses catalog JSON; throws <see cref="FormatException"/> when a measure lacks id, unit or kind.</summary>
    public static IReadOnlyList<MeasureDefinition> Parse(string json)
    {
        var file = JsonSerializer.Deserialize<CatalogJson>(json, Options)
            ?? throw new FormatException("Empty measure catalog.");
        return [.. (file.Measures ?? []).Select(ToDefinition)];
    }

    public static IReadOnlyList<MeasureDefinition> Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static IReadOnlyList<MeasureDefinition> LoadShipped()
    {
        var assembly = typeof(MeasureCatalogFile).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing embedded measure catalog.");
        return Load(stream);
    }

    private static MeasureDefinition ToDefinition(MeasureJson m)
    {
        if (string.IsNullOrWhiteSpace(m.Id) || string.IsNullOrWhiteSpace(m.Unit) || string.IsNullOrWhiteSpace(m.Kind))
        {
            throw new FormatException($"Measure '{m.Id}' needs id, unit and kind.");
        }
        return new MeasureDefinition
        {
            Id = m.Id,
            Unit = m.Unit,
            Kind = m.Kind,
            Min = m.Min,
            Max = m.Max,
            DisplayNames = m.DisplayNames ?? [],
            Triggers = Lists(m.Triggers),
            Nouns = Lists(m.Nouns),
            UnitAliases = m.UnitAliases ?? [],
            Description = m.Description ?? "",
            NounRequired = m.NounRequired ?? false,
            TriggerRequired = m.TriggerRequired ?? true,
            PartyRole = m.PartyRole ?? "none",
        };
    }

    private static Dictionary<string, IReadOnlyList<string>> Lists(Dictionary<string, List<string>>? map)
        => (map ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);

    private sealed record CatalogJson(List<MeasureJson>? Measures);

    private sealed record MeasureJson(
        string? Id, string? Unit, string? Kind, double? Min, double? Max, Dictionary<string, string>? DisplayNames,
        Dictionary<string, List<string>>? Triggers, Dictionary<string, List<string>>? Nouns,
        Dictionary<string, double>? UnitAliases, string? Description, bool? NounRequired, bool? TriggerRequired,
        string? PartyRole);
}
