using Conflict.Claims.Common;
using Conflict.Claims.Extraction;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Ingest;

/// <summary>Turns the extractor's findings into claims to prepare (names resolved later by the preparer).</summary>
internal static class ExtractedClaimMapping
{
    public static Claim ToClaim(ExtractedClaim found, string documentName)
    {
        var quantity = new Quantity { Qualifier = found.Qualifier, Unit = found.Unit, Text = found.ValueText };
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
            Measure = Ids.Name("measures", found.Measure),
            Scope = new Scope { Party = found.Party, Place = found.Place },
            Quantity = quantity,
            AsOf = new DateSpan
            {
                StartDate = Dates.Day(Dates.ToMs(found.AsOfStart)),
                EndDate = Dates.Day(Dates.ToMs(found.AsOfEnd)),
            },
            Origin = ClaimOrigin.Extractor,
            ExtractorVersion = ClaimExtractor.Version,
            Confidence = found.Confidence,
        };
    }
}
