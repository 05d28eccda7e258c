using Conflict.Extraction.Catalog;
using System.Text.RegularExpressions;
using Conflict.Claims.Common;
using Conflict.Claims.Measures;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Claims;

/// <summary>
/// The checks of a claim that need no I/O beyond the measure catalog. Every problem is recorded (none stops the
/// others), and the claim is converted to a row whose names, document facts and statement key come later.
/// </summary>
internal static partial class ClaimValidation
{
    public static ClaimRow Check(ClaimInput input, IReadOnlyDictionary<string, MeasureDefinition> catalog)
    {
        var (claim, problems, defaultOrigin) = (input.Claim, input.Problems, input.DefaultOrigin);
        var measureId = Ids.Parse(claim.Measure, MeasureMapping.Collection);
        var measure = measureId is null ? null : catalog.GetValueOrDefault(measureId);
        if (measure is null)
        {
            problems.Add("measure", claim.Measure.Length == 0 ? "is required" : $"'{claim.Measure}' is not a measure of the catalog");
        }
        CheckNames(claim, problems);
        var (party, place) = CheckScope(claim.Scope, problems);
        var (asOfStart, asOfEnd) = CheckAsOf(claim.AsOf, problems);
        var value = ValueChecks.Check(claim, measure, problems);
        CheckProvenance(claim, problems);
        var origin = claim.Origin == ClaimOrigin.Unspecified ? defaultOrigin : claim.Origin;
        return new ClaimRow
        {
            Id = Ids.New(),
            RequestId = input.RequestId is { Length: > 0 } requestId ? requestId : null,
            Claimant = claim.Claimant,
            ClaimantText = claim.ClaimantText.Trim(),
            Reporter = claim.Reporter,
            ReporterText = claim.ReporterText.Trim(),
            DocumentId = Ids.Parse(claim.Document, "documents") ?? "",
            Quote = claim.Quote,
            QuoteStart = claim.QuoteStart,
            QuoteEnd = claim.QuoteEnd,
            MeasureId = measureId ?? "",
            Party = party,
            Place = place,
            Variable = Variables.Of(measureId ?? "", party, place),
            Qualifier = (int)value.Qualifier,
            Low = value.Low,
            High = value.High,
            Point = value.Point,
            Unit = value.Unit,
            ValueText = value.Text,
            NormLow = value.NormLow,
            NormHigh = value.NormHigh,
            NormPoint = value.NormPoint,
            NormUnit = measure?.Unit ?? "",
            Subject = claim.Subject.Trim(),
            Category = claim.Category.Trim(),
            AsOfStartMs = asOfStart,
            AsOfEndMs = asOfEnd,
            StatementMs = claim.StatementTime is null ? null : Dates.ToMs(claim.StatementTime),
            Origin = (int)(origin == ClaimOrigin.Unspecified ? ClaimOrigin.Manual : origin),
            ExtractorVersion = claim.ExtractorVersion,
            Confidence = claim.Confidence == 0 ? 1 : claim.Confidence,
            StatementKey = "",
            CreateMs = Dates.NowMs(),
            Creator = input.Creator,
            Updater = input.Creator,
        };
    }

    private static void CheckNames(Claim claim, Problems problems)
    {
        if (claim.Claimant.Length == 0 && claim.ClaimantText.Trim().Length == 0)
        {
            problems.Add("claimant", "is required: a sources/{source} name or the name as written in claimant_text");
        }
        else if (claim.Claimant.Length > 0 && Ids.Parse(claim.Claimant, "sources") is null)
        {
            problems.Add("claimant", "must be a source name, sources/{source}");
        }
        if (claim.Reporter.Length > 0 && Ids.Parse(claim.Reporter, "sources") is null)
        {
            problems.Add("reporter", "must be a source name, sources/{source}");
        }
        if (claim.Document.Length > 0 && Ids.Parse(claim.Document, "documents") is null)
        {
            problems.Add("document", "must be a document name, documents/{document}");
        }
    }

    private static (string Party, string Place) CheckScope(Scope? scope, Problems problems)
    {
        var party = scope?.Party.Trim() ?? "";
        var place = scope?.Place.Trim() ?? "";
        if (party.Length > 0 && !PartyPattern().IsMatch(party))
        {
            problems.Add("scope.party", "must be a lower-case ISO 3166-1 alpha-2 code such as ua or ru");
        }
        if (place.Length > 0 && !PlacePattern().IsMatch(place))
        {
            problems.Add("scope.place", "must be an ISO 3166-1 or 3166-2 code such as UA or RU-KRS");
        }
        return (party, place);
    }

    private static (long Start, long End) CheckAsOf(DateSpan? asOf, Problems problems)
    {
        if (asOf is null || asOf.StartDate.Length == 0)
        {
            problems.Add("as_of.start_date", "is required");
            return (0, 0);
        }
        if (!Dates.TryParseDay(asOf.StartDate, out var start))
        {
            problems.Add("as_of.start_date", "must be a day, YYYY-MM-DD");
            return (0, 0);
        }
        var end = start;
        if (asOf.EndDate.Length > 0 && !Dates.TryParseDay(asOf.EndDate, out end))
        {
            problems.Add("as_of.end_date", "must be a day, YYYY-MM-DD");
            return (start, start);
        }
        if (end < start)
        {
            problems.Add("as_of.end_date", "must not be before start_date");
        }
        return (start, end);
    }

    private static void CheckProvenance(Claim claim, Problems problems)
    {
        if (claim.QuoteStart < 0 || claim.QuoteEnd < claim.QuoteStart)
        {
            problems.Add("quote_end", "offsets must satisfy 0 <= quote_start <= quote_end");
        }
        if ((claim.QuoteStart > 0 || claim.QuoteEnd > 0) && claim.Document.Length == 0)
        {
            problems.Add("document", "is required when quote offsets are given");
        }
        if (double.IsNaN(claim.Confidence) || claim.Confidence < 0 || claim.Confidence > 1)
        {
            problems.Add("confidence", "must be between 0 and 1");
        }
        if (claim.StatementTime is not null && !Dates.IsValid(claim.StatementTime))
        {
            problems.Add("statement_time", "is not a valid time (years 1 to 9999, nanos 0 to 999999999)");
        }
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex("^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex PlacePattern();
}
