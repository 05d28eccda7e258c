using System.Text;
using System.Text.Json;
using Conflict.Extraction;
using Conflict.Extraction.Numbers;

namespace Conflict.Bench.Extraction;

/// <summary>Writes an extracted claim as one JSON line in the flat shape score_extraction.py reads.</summary>
internal static class ClaimJson
{
    public static string Line(ExtractedClaim c)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("measure", c.Measure);
            w.WriteString("party", c.Party);
            w.WriteString("place", c.Place);
            w.WriteString("qualifier", QualifierName(c.Qualifier));
            WriteNumber(w, "low", c.Low);
            WriteNumber(w, "high", c.High);
            WriteNumber(w, "point", c.Point);
            w.WriteString("unit", c.Unit);
            w.WriteString("valueText", c.ValueText);
            w.WriteString("asOfStart", c.AsOfStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("asOfEnd", c.AsOfEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("claimant", c.ClaimantText);
            w.WriteString("reporter", c.ReporterText);
            w.WriteString("quote", c.Quote);
            w.WriteNumber("quoteStart", c.QuoteStart);
            w.WriteNumber("quoteEnd", c.QuoteEnd);
            w.WriteNumber("confidence", c.Confidence);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Qualifier.MoreThan → "MORE_THAN", as the proto enum value without its prefix.</summary>
    public static string QualifierName(Qualifier q)
    {
        var name = q.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
