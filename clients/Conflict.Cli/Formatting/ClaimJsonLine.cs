using System.Text;
using System.Text.Json;
using Conflict.Claims.V1;

namespace Conflict.Cli.Formatting;

/// <summary>
/// One extracted claim as a flat JSON object on one line: the fields tools/score_extraction.py and
/// <c>conflict claims import</c> read. Values are in the measure's canonical unit when the service normalized them.
/// </summary>
internal static class ClaimJsonLine
{
    public static string Format(Claim claim, string claimant, string reporter)
    {
        var quantity = claim.NormalizedQuantity ?? claim.Quantity;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("measure", claim.Measure.Replace("measures/", "", StringComparison.Ordinal));
            json.WriteString("party", claim.Scope?.Party ?? "");
            json.WriteString("place", claim.Scope?.Place ?? "");
            json.WriteString("qualifier", quantity is null ? "" : Qualifiers.Name(quantity.Qualifier));
            WriteNumber(json, "low", quantity is { HasLow: true } ? quantity.Low : null);
            WriteNumber(json, "high", quantity is { HasHigh: true } ? quantity.High : null);
            WriteNumber(json, "point", quantity is { HasPoint: true } ? quantity.Point : null);
            json.WriteString("unit", quantity?.Unit ?? "");
            json.WriteString("asOfStart", claim.AsOf?.StartDate ?? "");
            json.WriteString("asOfEnd", claim.AsOf?.EndDate is { Length: > 0 } end ? end : claim.AsOf?.StartDate ?? "");
            json.WriteString("claimant", claimant);
            json.WriteString("reporter", reporter);
            json.WriteString("quote", claim.Quote);
            json.WriteNumber("quoteStart", claim.QuoteStart);
            json.WriteNumber("quoteEnd", claim.QuoteEnd);
            json.WriteNumber("confidence", claim.Confidence == 0 ? 1 : claim.Confidence);
            if (claim.Category.Length > 0)
            {
                json.WriteString("subject", claim.Subject);
                json.WriteString("category", claim.Category);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
