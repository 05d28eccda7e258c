using Conflict.Claims.Common;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Claims;

/// <summary>Converts claim rows to API messages.</summary>
internal static class ClaimMapping
{
    public const string Collection = "claims";

    public static Claim ToMessage(ClaimRow row)
    {
        var claim = new Claim
        {
            Name = Ids.Name(Collection, row.Id),
            Claimant = row.Claimant,
            ClaimantText = row.ClaimantText,
            ClaimantUnresolved = row.ClaimantUnresolved,
            Reporter = row.Reporter,
            ReporterText = row.ReporterText,
            Document = Ids.Name("documents", row.DocumentId),
            Quote = row.Quote,
            QuoteStart = row.QuoteStart,
            QuoteEnd = row.QuoteEnd,
            Measure = Ids.Name("measures", row.MeasureId),
            Scope = new Scope { Party = row.Party, Place = row.Place },
            Subject = row.Subject,
            Category = row.Category,
            AsOf = new DateSpan { StartDate = Dates.Day(row.AsOfStartMs), EndDate = Dates.Day(row.AsOfEndMs) },
            Origin = (ClaimOrigin)row.Origin,
            ExtractorVersion = row.ExtractorVersion,
            Confidence = row.Confidence,
            State = (ClaimState)row.State,
            SupersededBy = Ids.Name(Collection, row.SupersededBy),
            Supersedes = Ids.Name(Collection, row.Supersedes),
            StatementKey = row.StatementKey,
            Variable = row.Variable,
            CreateTime = Dates.ToTimestamp(row.CreateMs),
            Creator = row.Creator,
            Updater = row.Updater,
        };
        if (row.Qualifier != 0)
        {
            claim.Quantity = Quantity((Qualifier)row.Qualifier, row.Low, row.High, row.Point, row.Unit, row.ValueText);
            claim.NormalizedQuantity = Quantity((Qualifier)row.Qualifier, row.NormLow, row.NormHigh, row.NormPoint, row.NormUnit, row.ValueText);
        }
        if (row.StatementMs is { } statement)
        {
            claim.StatementTime = Dates.ToTimestamp(statement);
        }
        return claim;
    }

    private static Quantity Quantity(Qualifier qualifier, double? low, double? high, double? point, string unit, string text)
    {
        var quantity = new Quantity { Qualifier = qualifier, Unit = unit, Text = text };
        if (low is { } l)
        {
            quantity.Low = l;
        }
        if (high is { } h)
        {
            quantity.High = h;
        }
        if (point is { } p)
        {
            quantity.Point = p;
        }
        return quantity;
    }
}
