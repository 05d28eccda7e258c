using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conflict.Claims.V1;
using Conflict.Cli.Formatting;
using Conflict.Type.V1;

namespace Conflict.Cli.Files;

/// <summary>
/// Turns a claim file record into a claim, collecting every problem of the row rather than the first.
/// The request id hashes the row's values, so importing the same file again creates nothing new.
/// </summary>
internal static class ClaimRowMapper
{
    public static ClaimFileRow Map(ClaimRecord record)
    {
        if (record.Values.TryGetValue("__invalid", out var invalid))
        {
            return new ClaimFileRow(record.Line, "", null, [$"not a claim: {invalid}"], "", "");
        }
        var errors = new List<string>();
        if (record.Values.TryGetValue("__extra", out var extra))
        {
            errors.Add(extra);
        }
        var claim = new Claim
        {
            Measure = Measure(record, errors),
            Scope = new Scope { Party = record.Get("party").ToLowerInvariant(), Place = record.Get("place") },
            AsOf = AsOf(record, errors),
            Origin = ClaimOrigin.Import,
            Quote = record.Get("quote"),
            Subject = record.Get("subject"),
            Category = record.Get("category"),
        };
        SetSpeakers(record, claim, errors);
        if (claim.Category.Length == 0)
        {
            claim.Quantity = QuantityParser.Parse(record, errors);
        }
        claim.QuoteStart = Integer(record, "quotestart", errors);
        claim.QuoteEnd = Integer(record, "quoteend", errors);
        if (record.Has("confidence"))
        {
            claim.Confidence = Numbers.TryParse(record.Get("confidence"), out var confidence) && confidence is >= 0 and <= 1
                ? confidence
                : Error(errors, $"confidence: '{record.Get("confidence")}' is not a number between 0 and 1", 0.0);
        }
        var requestId = record.Has("requestid") ? record.Get("requestid") : RequestId(record);
        return new ClaimFileRow(record.Line, requestId, errors.Count == 0 ? claim : null, errors, record.Get("url"), record.Get("note"));
    }

    /// <summary>A stable id from the row's non-empty values, independent of column order and file format.</summary>
    public static string RequestId(ClaimRecord record)
    {
        var canonical = string.Join('\n', record.Values
            .Where(kv => kv.Value.Trim().Length > 0 && !kv.Key.StartsWith("__", StringComparison.Ordinal))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + "=" + kv.Value.Trim()));
        return "row-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..32];
    }

    private static string Measure(ClaimRecord record, List<string> errors)
    {
        var measure = record.Get("measure");
        if (measure.StartsWith("measures/", StringComparison.Ordinal))
        {
            measure = measure["measures/".Length..];
        }
        return measure.Length == 0 ? Error(errors, "measure: required", "") : "measures/" + measure;
    }

    private static void SetSpeakers(ClaimRecord record, Claim claim, List<string> errors)
    {
        var claimant = record.Get("claimant");
        if (claimant.Length == 0)
        {
            errors.Add("claimant: required");
        }
        else if (claimant.StartsWith("sources/", StringComparison.Ordinal))
        {
            claim.Claimant = claimant;
        }
        else
        {
            claim.ClaimantText = claimant;
        }
        var reporter = record.Get("reporter");
        if (reporter.StartsWith("sources/", StringComparison.Ordinal))
        {
            claim.Reporter = reporter;
        }
        else
        {
            claim.ReporterText = reporter;
        }
    }

    private static DateSpan AsOf(ClaimRecord record, List<string> errors)
    {
        var start = record.Has("asofstart") ? record.Get("asofstart") : record.Get("asof");
        var end = record.Has("asofend") ? record.Get("asofend") : start;
        if (start.Length == 0)
        {
            errors.Add("as_of_start: required (YYYY-MM-DD)");
            return new DateSpan();
        }
        var startOk = Dates.TryParseDay(start, out var startDay);
        var endOk = Dates.TryParseDay(end, out var endDay);
        if (!startOk)
        {
            errors.Add($"as_of_start: '{start}' is not a date (YYYY-MM-DD)");
        }
        if (!endOk && record.Has("asofend"))
        {
            errors.Add($"as_of_end: '{end}' is not a date (YYYY-MM-DD)");
        }
        if (startOk && endOk && endDay < startDay)
        {
            errors.Add($"as_of_end: {end} is before as_of_start {start}");
        }
        return new DateSpan { StartDate = start, EndDate = end };
    }

    private static int Integer(ClaimRecord record, string key, List<string> errors)
    {
        if (!record.Has(key))
        {
            return 0;
        }
        return int.TryParse(record.Get(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : Error(errors, $"{key}: '{record.Get(key)}' is not a non-negative integer", 0);
    }

    private static T Error<T>(List<string> errors, string message, T fallback)
    {
        errors.Add(message);
        return fallback;
    }
}
