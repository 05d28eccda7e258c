using System.Globalization;

namespace Conflict.Cli.Formatting;

/// <summary>Culture-invariant number formatting for tables (grouped) and machine output (plain).</summary>
internal static class Numbers
{
    /// <summary>For people: 1,234.5 with at most two decimals.</summary>
    public static string Display(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>For machines: round-trippable, no grouping.</summary>
    public static string Plain(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a number written with a dot and optional thousands separators or spaces.</summary>
    public static bool TryParse(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var cleaned = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
