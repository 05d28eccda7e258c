using Conflict.Claims.Common;
using Conflict.Claims.V1;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Claims.Measures;

/// <summary>
/// Applies an update mask (AIP-134): an empty mask takes every populated field, <c>*</c> replaces every writable
/// field; output-only fields (name, times, etag) are never taken from the request.
/// </summary>
internal static class MeasureMask
{
    private static readonly string[] Writable = ["unit", "kind", "display_names", "trigger_words", "unit_aliases", "min_value", "max_value",
        "description", "counted_nouns", "noun_required", "noun_alone", "party_role"];

    public static Measure Apply(Measure current, Measure patch, FieldMask mask)
    {
        var paths = mask.Paths.Count == 0 ? Populated(patch) : mask.Paths.Contains("*") ? Writable : mask.Paths.ToArray();
        var unknown = paths.Where(p => !Writable.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            throw RpcErrors.InvalidArgument("update_mask", $"cannot update {string.Join(", ", unknown)}; writable fields are {string.Join(", ", Writable)}");
        }
        var merged = current.Clone();
        foreach (var path in paths)
        {
            Copy(path, patch, merged);
        }
        return merged;
    }

    private static string[] Populated(Measure patch) => Writable.Where(path => path switch
    {
        "unit" => patch.Unit.Length > 0,
        "kind" => patch.Kind != MeasureKind.Unspecified,
        "display_names" => patch.DisplayNames.Count > 0,
        "trigger_words" => patch.TriggerWords.Count > 0,
        "unit_aliases" => patch.UnitAliases.Count > 0,
        "min_value" => patch.HasMinValue,
        "max_value" => patch.HasMaxValue,
        "counted_nouns" => patch.CountedNouns.Count > 0,
        "noun_required" => patch.NounRequired,
        "noun_alone" => patch.NounAlone,
        "party_role" => patch.PartyRole != PartyRole.Unspecified,
        _ => patch.Description.Length > 0,
    }).ToArray();

    private static void Copy(string path, Measure from, Measure to)
    {
        switch (path)
        {
            case "unit": to.Unit = from.Unit; break;
            case "kind": to.Kind = from.Kind; break;
            case "display_names": to.DisplayNames.Clear(); to.DisplayNames.Add(from.DisplayNames); break;
            case "trigger_words": to.TriggerWords.Clear(); to.TriggerWords.Add(from.TriggerWords); break;
            case "unit_aliases": to.UnitAliases.Clear(); to.UnitAliases.Add(from.UnitAliases); break;
            case "min_value": if (from.HasMinValue) { to.MinValue = from.MinValue; } else { to.ClearMinValue(); } break;
            case "max_value": if (from.HasMaxValue) { to.MaxValue = from.MaxValue; } else { to.ClearMaxValue(); } break;
            case "counted_nouns": to.CountedNouns.Clear(); to.CountedNouns.Add(from.CountedNouns); break;
            case "noun_required": to.NounRequired = from.NounRequired; break;
            case "noun_alone": to.NounAlone = from.NounAlone; break;
            case "party_role": to.PartyRole = from.PartyRole; break;
            default: to.Description = from.Description; break;
        }
    }
}
