using Conflict.Cli.Files;

namespace Conflict.Cli.Importing;

/// <summary>
/// What one pass over a claim file tells before anything is sent: how many rows it has, how many are valid (the
/// progress bar's length), and what each URL it cites needs for its provenance document. The rows themselves are
/// not kept, so a file of millions of rows costs only its URLs' notes.
/// </summary>
internal sealed class ClaimFileSurvey
{
    public int Rows { get; private set; }

    public int ValidRows { get; private set; }

    public Dictionary<string, UrlProvenance> Urls { get; } = new(StringComparer.Ordinal);

    public static ClaimFileSurvey Of(IEnumerable<ClaimFileRow> rows)
    {
        var survey = new ClaimFileSurvey();
        foreach (var row in rows)
        {
            survey.Rows++;
            if (!row.IsValid)
            {
                continue;
            }
            survey.ValidRows++;
            if (row.Url.Length > 0)
            {
                if (!survey.Urls.TryGetValue(row.Url, out var provenance))
                {
                    survey.Urls[row.Url] = provenance = new UrlProvenance();
                }
                provenance.Add(row);
            }
        }
        return survey;
    }
}

/// <summary>The notes (distinct, in file order), latest as-of day and first named reporter of the claims citing one URL.</summary>
internal sealed class UrlProvenance
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];

    public string LastDay { get; private set; } = "";

    public string Publisher { get; private set; } = "";

    public void Add(ClaimFileRow row)
    {
        if (row.Note.Length > 0 && _seen.Add(row.Note))
        {
            Notes.Add(row.Note);
        }
        var day = row.Claim!.AsOf.EndDate;
        if (string.CompareOrdinal(day, LastDay) > 0)
        {
            LastDay = day;
        }
        if (Publisher.Length == 0)
        {
            Publisher = row.Claim.ReporterText;
        }
    }
}
