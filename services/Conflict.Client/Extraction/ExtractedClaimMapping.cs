using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Extraction;
using Conflict.Type.V1;

namespace Conflict.Client.Extraction;

/// <summary>The extraction library's findings as contract claims: the Claims service prepares them (resolving
/// names), and the CLI prints them when it extracts without a suite. One mapping for both.</summary>
public static class ExtractedClaimMapping
{
    public static Claim ToClaim(ExtractedClaim found, string documentName)
    {
        var quantity = new Quantity { Qualifier = ToWire(found.Qualifier), Unit = found.Unit, Text = found.ValueText };
        if (found.Low is { } low)
        {
            quantity.Low = low;
        }
        if (found.High is { } high)
        {
            quantity.High = high;
        }
        if (found.Point is { } point)
        {
            quantity.Point = point;
        }
        return new Claim
        {
            ClaimantText = found.ClaimantText,
            ReporterText = found.ReporterText,
            Document = documentName,
            Quote = found.Quote,
            QuoteStart = found.QuoteStart,
            QuoteEnd = found.QuoteEnd,
            Measure = found.Measure.Length == 0 ? "" : "measures/" + found.Measure,
            Scope = new Scope { Party = found.Party, Place = found.Place },
            Quantity = quantity,
            AsOf = new DateSpan
            {
                StartDate = found.AsOfStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                EndDate = found.AsOfEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            Origin = ClaimOrigin.Extractor,
            ExtractorVersion = ClaimExtractor.Version,
            Confidence = found.Confidence,
        };
    }

    /// <summary>The library's qualifier as the contract's enum (the same members, in the same order).</summary>
    public static Qualifier ToWire(Conflict.Extraction.Numbers.Qualifier qualifier) => qualifier switch
    {
        Conflict.Extraction.Numbers.Qualifier.Exact => Qualifier.Exact,
        Conflict.Extraction.Numbers.Qualifier.Approximate => Qualifier.Approximate,
        Conflict.Extraction.Numbers.Qualifier.AtLeast => Qualifier.AtLeast,
        Conflict.Extraction.Numbers.Qualifier.MoreThan => Qualifier.MoreThan,
        Conflict.Extraction.Numbers.Qualifier.AtMost => Qualifier.AtMost,
        Conflict.Extraction.Numbers.Qualifier.LessThan => Qualifier.LessThan,
        Conflict.Extraction.Numbers.Qualifier.Range => Qualifier.Range,
        Conflict.Extraction.Numbers.Qualifier.Vague => Qualifier.Vague,
        _ => Qualifier.Unspecified,
    };
}
