using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Ingest;

/// <summary>
/// What extraction needs of a document beyond what storing it needs: a language the extractor reads, a
/// publication time that is not in the future (relative dates resolve against it), and text rather than bytes.
/// </summary>
internal static class ExtractionValidation
{
    private static readonly string[] Languages = ["en", "fr"];

    public static void Check(Document? document, Problems problems)
    {
        if (document is null)
        {
            return; // DocumentValidation reports the missing document.
        }
        var primary = document.Language.Split('-', '_')[0];
        if (document.Language.Length > 0 && !Languages.Contains(primary, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add("language", $"'{document.Language}' cannot be extracted; the extractor reads: {string.Join(", ", Languages)}");
        }
        // A day of slack covers time zones: a paper dated tomorrow in Kyiv is already out.
        if (document.PublishTime is { } published && Dates.IsValid(published) && published.ToDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(1))
        {
            problems.Add("publish_time", $"{published.ToDateTimeOffset():yyyy-MM-dd} is in the future");
        }
        if (LooksBinary(document.Text))
        {
            problems.Add("text", "looks like binary data, not article text (NUL or many control characters)");
        }
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }
        return control > sample.Length / 100 + 1;
    }
}
