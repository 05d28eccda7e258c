using System.Globalization;
using System.Text;

namespace Conflict.Reconciliation.Engine;

/// <summary>The plain-text formats of static fusion: claims in as `object TAB source TAB value`, results out as
/// `object TAB value TAB low TAB high` (low and high empty for categorical objects), with a header line.</summary>
public static class FusionTsv
{
    /// <summary>The header line of the output.</summary>
    public const string Header = "object\tvalue\tlow\thigh";

    /// <summary>Formats fused values, header first, one line per object.</summary>
    public static string Format(IEnumerable<FusedValue> values)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var v in values)
        {
            text.Append(Clean(v.ObjectKey)).Append('\t').Append(Clean(v.Value)).Append('\t')
                .Append(v.IsNumeric && v.Low is { } low ? low.ToString("R", CultureInfo.InvariantCulture) : "").Append('\t')
                .Append(v.IsNumeric && v.High is { } high ? high.ToString("R", CultureInfo.InvariantCulture) : "").Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Parses claims: `object TAB source TAB value` per line; blank lines, `#` comments and a header line
    /// starting with `object` are skipped.</summary>
    public static List<FusionRow> ParseClaims(string text)
    {
        var rows = new List<FusionRow>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            if (parts.Length < 3 || (rows.Count == 0 && parts[0].Trim().Equals("object", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            rows.Add(new FusionRow(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }
        return rows;
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
