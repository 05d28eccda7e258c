using Conflict.Extraction.Catalog;
using System.Text.Json;
using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Measures;

/// <summary>Converts measures between the API message, the database row and the catalog definition.</summary>
internal static class MeasureMapping
{
    public const string Collection = "measures";

    public static Measure ToMessage(MeasureRow row)
    {
        var definition = ToDefinition(row);
        var measure = new Measure
        {
            Name = Ids.Name(Collection, row.Id),
            Unit = row.Unit,
            Kind = (MeasureKind)row.Kind,
            Description = row.Description,
            CreateTime = Dates.ToTimestamp(row.CreateMs),
            UpdateTime = Dates.ToTimestamp(row.UpdateMs),
            Etag = row.Etag,
            Creator = row.Creator,
            Updater = row.Updater,
        };
        if (row.MinValue is { } min)
        {
            measure.MinValue = min;
        }
        if (row.MaxValue is { } max)
        {
            measure.MaxValue = max;
        }
        measure.DisplayNames.Add(definition.DisplayNames.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new LocalizedText { Language = p.Key, Text = p.Value }));
        measure.TriggerWords.Add(definition.Triggers.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(word => new LocalizedText { Language = p.Key, Text = word })));
        measure.UnitAliases.Add(definition.UnitAliases.Select(p => new UnitAlias { Alias = p.Key, Factor = p.Value }));
        measure.CountedNouns.Add(definition.Nouns.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(word => new LocalizedText { Language = p.Key, Text = word })));
        measure.NounRequired = definition.NounRequired;
        measure.NounAlone = !definition.TriggerRequired;
        measure.PartyRole = ParseRole(definition.PartyRole);
        return measure;
    }

    /// <summary>A new row from an API message (validated) with fresh timestamps and etag, created by <paramref name="principal"/>.</summary>
    public static MeasureRow ToRow(string id, Measure measure, long nowMs, string principal) => new()
    {
        Id = id,
        Unit = measure.Unit,
        Kind = (int)measure.Kind,
        DisplayNames = JsonSerializer.Serialize(measure.DisplayNames.GroupBy(t => t.Language).ToDictionary(g => g.Key, g => g.First().Text)),
        TriggerWords = JsonSerializer.Serialize(measure.TriggerWords.GroupBy(t => t.Language).ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToList())),
        UnitAliases = JsonSerializer.Serialize(measure.UnitAliases.GroupBy(a => a.Alias).ToDictionary(g => g.Key, g => g.First().Factor)),
        MinValue = measure.HasMinValue ? measure.MinValue : null,
        MaxValue = measure.HasMaxValue ? measure.MaxValue : null,
        Description = measure.Description,
        CreateMs = nowMs,
        UpdateMs = nowMs,
        Etag = NewEtag(),
        Creator = principal,
        Updater = principal,
        CountedNouns = JsonSerializer.Serialize(measure.CountedNouns.GroupBy(t => t.Language).ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToList())),
        NounRequired = measure.NounRequired,
        NounAlone = measure.NounAlone,
        PartyRole = RoleName(measure.PartyRole),
    };

    public static MeasureRow ToRow(MeasureDefinition definition, long nowMs) => new()
    {
        Id = definition.Id,
        Unit = definition.Unit,
        Kind = (int)ParseKind(definition.Kind),
        DisplayNames = JsonSerializer.Serialize(definition.DisplayNames),
        TriggerWords = JsonSerializer.Serialize(definition.Triggers),
        UnitAliases = JsonSerializer.Serialize(definition.UnitAliases),
        MinValue = definition.Min,
        MaxValue = definition.Max,
        Description = definition.Description,
        CreateMs = nowMs,
        UpdateMs = nowMs,
        Etag = NewEtag(),
        Creator = ShippedMeasures.Principal,
        Updater = ShippedMeasures.Principal,
        CountedNouns = JsonSerializer.Serialize(definition.Nouns),
        NounRequired = definition.NounRequired,
        NounAlone = !definition.TriggerRequired,
        PartyRole = definition.PartyRole,
    };

    public static MeasureDefinition ToDefinition(MeasureRow row) => new()
    {
        Id = row.Id,
        Unit = row.Unit,
        Kind = KindName((MeasureKind)row.Kind),
        Min = row.MinValue,
        Max = row.MaxValue,
        DisplayNames = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DisplayNames) ?? [],
        Triggers = (JsonSerializer.Deserialize<Dictionary<string, List<string>>>(row.TriggerWords) ?? [])
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
        UnitAliases = JsonSerializer.Deserialize<Dictionary<string, double>>(row.UnitAliases) ?? [],
        Description = row.Description,
        Nouns = (JsonSerializer.Deserialize<Dictionary<string, List<string>>>(row.CountedNouns) ?? [])
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
        NounRequired = row.NounRequired,
        TriggerRequired = !row.NounAlone,
        PartyRole = row.PartyRole,
    };

    public static PartyRole ParseRole(string role) => role switch
    {
        "holder" => PartyRole.Holder,
        "captor" => PartyRole.Captor,
        "own" => PartyRole.Own,
        _ => PartyRole.None,
    };

    public static string RoleName(PartyRole role) => role switch
    {
        PartyRole.Holder => "holder",
        PartyRole.Captor => "captor",
        PartyRole.Own => "own",
        _ => "none",
    };

    public static MeasureKind ParseKind(string kind) => kind switch
    {
        "level" => MeasureKind.Level,
        "cumulative" => MeasureKind.Cumulative,
        "flow" => MeasureKind.Flow,
        _ => MeasureKind.Unspecified,
    };

    public static string KindName(MeasureKind kind) => kind switch
    {
        MeasureKind.Level => "level",
        MeasureKind.Cumulative => "cumulative",
        MeasureKind.Flow => "flow",
        _ => "",
    };

    private static string NewEtag() => Guid.NewGuid().ToString("N")[..16];
}
