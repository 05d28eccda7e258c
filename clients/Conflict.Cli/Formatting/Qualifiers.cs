using Conflict.Type.V1;

namespace Conflict.Cli.Formatting;

/// <summary>Qualifier names as files and JSON lines write them: EXACT, APPROXIMATE, AT_LEAST, ...</summary>
internal static class Qualifiers
{
    private static readonly (Qualifier Value, string Name)[] All =
    [
        (Qualifier.Exact, "EXACT"),
        (Qualifier.Approximate, "APPROXIMATE"),
        (Qualifier.AtLeast, "AT_LEAST"),
        (Qualifier.MoreThan, "MORE_THAN"),
        (Qualifier.AtMost, "AT_MOST"),
        (Qualifier.LessThan, "LESS_THAN"),
        (Qualifier.Range, "RANGE"),
        (Qualifier.Vague, "VAGUE"),
    ];

    public static string Name(Qualifier qualifier) =>
        All.FirstOrDefault(q => q.Value == qualifier).Name ?? "";

    /// <summary>Accepts any case, with or without the QUALIFIER_ prefix, hyphens or underscores.</summary>
    public static bool TryParse(string? text, out Qualifier qualifier)
    {
        qualifier = Qualifier.Unspecified;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var name = text.Trim().ToUpperInvariant().Replace('-', '_').Replace(' ', '_');
        if (name.StartsWith("QUALIFIER_", StringComparison.Ordinal))
        {
            name = name["QUALIFIER_".Length..];
        }
        foreach (var (value, known) in All)
        {
            if (known == name)
            {
                qualifier = value;
                return true;
            }
        }
        return false;
    }

    public static string Choices => string.Join(", ", All.Select(q => q.Name));
}
