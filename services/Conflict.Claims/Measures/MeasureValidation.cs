using System.Text.RegularExpressions;
using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Measures;

/// <summary>Checks a measure as written through the API.</summary>
internal static partial class MeasureValidation
{
    /// <summary>Canonical units the normaliser and the reconciliation understand.</summary>
    public static readonly IReadOnlySet<string> Units = new HashSet<string>(StringComparer.Ordinal) { "km2", "km", "count", "percent" };

    public static void CheckId(string id, Problems problems)
    {
        if (!IdPattern().IsMatch(id))
        {
            problems.Add("measure_id", "must be 1 to 63 lower-case letters, digits or underscores, starting with a letter");
        }
    }

    public static void Check(Measure measure, Problems problems)
    {
        if (!Units.Contains(measure.Unit))
        {
            problems.Add("unit", "must be one of km2, km, count, percent");
        }
        if (measure.Kind == MeasureKind.Unspecified)
        {
            problems.Add("kind", "is required");
        }
        if (measure.HasMinValue && measure.HasMaxValue && measure.MinValue > measure.MaxValue)
        {
            problems.Add("min_value", "must not be above max_value");
        }
        for (var i = 0; i < measure.UnitAliases.Count; i++)
        {
            var alias = measure.UnitAliases[i];
            if (string.IsNullOrWhiteSpace(alias.Alias))
            {
                problems.Add($"unit_aliases[{i}].alias", "is required");
            }
            if (!(alias.Factor > 0) || double.IsInfinity(alias.Factor))
            {
                problems.Add($"unit_aliases[{i}].factor", "must be a positive number");
            }
        }
        CheckTexts(measure.DisplayNames, "display_names", problems);
        CheckTexts(measure.TriggerWords, "trigger_words", problems);
        CheckTexts(measure.CountedNouns, "counted_nouns", problems);
        if (!Enum.IsDefined(measure.PartyRole))
        {
            problems.Add("party_role", "must be one of PARTY_ROLE_NONE, PARTY_ROLE_HOLDER, PARTY_ROLE_CAPTOR, PARTY_ROLE_OWN");
        }
        if (measure.NounRequired && measure.CountedNouns.Count == 0)
        {
            problems.Add("noun_required", "needs counted_nouns");
        }
        if (measure.NounAlone && measure.CountedNouns.Count == 0)
        {
            problems.Add("noun_alone", "needs counted_nouns");
        }
    }

    private static void CheckTexts(IEnumerable<LocalizedText> texts, string field, Problems problems)
    {
        var i = 0;
        foreach (var text in texts)
        {
            if (text.Language.Length == 0 || text.Text.Trim().Length == 0)
            {
                problems.Add($"{field}[{i}]", "needs a language and a text");
            }
            i++;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex IdPattern();
}
