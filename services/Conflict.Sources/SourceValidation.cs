using System.Text.RegularExpressions;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;

namespace Conflict.Sources;

/// <summary>
/// Checks request fields that need no database, collecting every problem (AIP-193: one BadRequest lists all
/// violations) with its field path, e.g. <c>source.aliases[2].language</c>.
/// </summary>
internal static partial class SourceValidation
{
    public const int MaxNameLength = 200;

    public const int MaxDescriptionLength = 4000;

    /// <summary>Problems of a source's writable fields; output-only fields are ignored.</summary>
    public static List<FieldProblem> Source(Source? source, string field)
    {
        if (source is null)
        {
            return [new(field, "Required.")];
        }
        var problems = new List<FieldProblem>();
        Text(problems, $"{field}.display_name", source.DisplayName, MaxNameLength, required: true);
        if (source.Kind == SourceKind.Unspecified)
        {
            problems.Add(new($"{field}.kind", "Required."));
        }
        else if (!Enum.IsDefined(source.Kind))
        {
            problems.Add(new($"{field}.kind", $"Unknown kind {(int)source.Kind}."));
        }
        if (source.Country.Length > 0 && !IsoCountries.IsCountry(source.Country))
        {
            problems.Add(new($"{field}.country", $"\"{source.Country}\" is not an upper-case ISO 3166-1 alpha-2 code such as UA."));
        }
        if (source.AlignedParty.Length > 0 && !IsoCountries.IsParty(source.AlignedParty))
        {
            problems.Add(new($"{field}.aligned_party", $"\"{source.AlignedParty}\" is not a lower-case ISO 3166-1 alpha-2 code such as ua."));
        }
        if (source.Parent.Length > 0)
        {
            Name(problems, $"{field}.parent", source.Parent);
        }
        for (var i = 0; i < source.Aliases.Count; i++)
        {
            Alias(problems, $"{field}.aliases[{i}]", source.Aliases[i]);
        }
        if (!Enum.IsDefined(source.PriorGrade))
        {
            problems.Add(new($"{field}.prior_grade", $"Unknown grade {(int)source.PriorGrade}."));
        }
        Text(problems, $"{field}.description", source.Description, MaxDescriptionLength, required: false);
        return problems;
    }

    /// <summary>The id of a resource name <c>sources/{id}</c>; null (and a problem) when malformed.</summary>
    public static string? Name(List<FieldProblem> problems, string field, string name)
    {
        if (name.Length == 0)
        {
            problems.Add(new(field, "Required."));
            return null;
        }
        if (name.StartsWith(SourceMapping.NamePrefix, StringComparison.Ordinal) && IdPattern().IsMatch(name[SourceMapping.NamePrefix.Length..]))
        {
            return name[SourceMapping.NamePrefix.Length..];
        }
        problems.Add(new(field, $"\"{name}\" is not a source name of the form sources/{{source}}."));
        return null;
    }

    /// <summary>A caller-chosen id: empty (the server generates one) or 1 to 63 lower-case letters, digits and hyphens.</summary>
    public static void SourceId(List<FieldProblem> problems, string field, string id)
    {
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            problems.Add(new(field, $"\"{id}\" is not 1 to 63 lower-case letters, digits and hyphens, not starting or ending with a hyphen."));
        }
    }

    public static void Text(List<FieldProblem> problems, string field, string value, int maxLength, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, "Required."));
        }
        else if (value.Length > maxLength)
        {
            problems.Add(new(field, $"Longer than {maxLength} characters."));
        }
    }

    private static void Alias(List<FieldProblem> problems, string field, Alias alias)
    {
        Text(problems, $"{field}.name", alias.Name, MaxNameLength, required: true);
        if (alias.Language.Length > 0 && !LanguagePattern().IsMatch(alias.Language))
        {
            problems.Add(new($"{field}.language", $"\"{alias.Language}\" is not a BCP 47 language tag such as en or fr."));
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
