using Conflict.Claims.Common;
using Conflict.Claims.Documents;

namespace Conflict.Claims.Claims;

/// <summary>Checks a claim against its document: it exists, the as-of is not after publication, the quote lies inside.</summary>
internal static class DocumentChecks
{
    public static void Check(ClaimRow row, DocumentFacts? document, Problems problems)
    {
        if (row.DocumentId.Length == 0)
        {
            return;
        }
        if (document is null)
        {
            problems.Add("document", $"documents/{row.DocumentId} does not exist");
            return;
        }
        var publishDay = Dates.DayOf(document.PublishMs);
        if (row.AsOfStartMs > publishDay)
        {
            problems.Add("as_of.start_date", $"is after the document's publication on {Dates.Day(publishDay)}");
        }
        if (row.QuoteStart > document.TextLength)
        {
            problems.Add("quote_start", $"is beyond the end of the document's text ({document.TextLength} characters)");
        }
        if (row.QuoteEnd > document.TextLength)
        {
            problems.Add("quote_end", $"is beyond the end of the document's text ({document.TextLength} characters)");
        }
    }
}
