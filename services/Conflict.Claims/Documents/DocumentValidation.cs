using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Documents;

/// <summary>Checks a document as written through the API.</summary>
internal static class DocumentValidation
{
    /// <summary>Upper bound on a document's text (4 MiB of UTF-16 code units is about what a gRPC message carries).</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    public static void Check(Document? document, Problems problems)
    {
        if (document is null)
        {
            problems.Add("", "is required");
            return;
        }
        if (document.PublishTime is null)
        {
            problems.Add("publish_time", "is required");
        }
        else if (!Dates.IsValid(document.PublishTime))
        {
            problems.Add("publish_time", "is not a valid time (years 1 to 9999, nanos 0 to 999999999)");
        }
        if (document.Language.Length is < 2 or > 35)
        {
            problems.Add("language", "must be a BCP 47 language such as en or fr");
        }
        if (document.Text.Trim().Length == 0)
        {
            problems.Add("text", "is required");
        }
        else if (document.Text.Length > MaxTextLength)
        {
            problems.Add("text", "is longer than 4 MiB");
        }
        if (document.Url.Length > 0 && !Uri.TryCreate(document.Url, UriKind.Absolute, out _))
        {
            problems.Add("url", "must be an absolute URL");
        }
    }
}
