using System.Text;
using Conflict.Claims.V1;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Conflict.Grpc;

namespace Conflict.Cli.Importing;

/// <summary>
/// Keeps the provenance of structured claims: one document per URL a claim file cites, holding the file's notes
/// for that URL, so every claim points at where it was read. CreateDocument is idempotent by text, so a re-run
/// finds the same documents.
/// </summary>
internal static class ProvenanceDocuments
{
    public static async Task<int> AttachAsync(ClaimsServiceClient claims, IReadOnlyList<ClaimFileRow> rows, CancellationToken ct)
    {
        var created = 0;
        foreach (var group in rows.Where(r => r.IsValid && r.Url.Length > 0).GroupBy(r => r.Url, StringComparer.Ordinal))
        {
            var document = await claims.CreateDocumentAsync(new CreateDocumentRequest { Document = Describe(group.Key, group.ToList()) }, new CallOptions(CancellationToken: ct));
            foreach (var row in group)
            {
                row.Claim!.Document = document.Name;
            }
            created++;
        }
        return created;
    }

    /// <summary>The record of one URL: published on the latest as-of day of its claims, by their reporter.</summary>
    public static Document Describe(string url, IReadOnlyList<ClaimFileRow> rows)
    {
        var text = new StringBuilder();
        text.Append("Structured claims read at ").Append(url).Append('.');
        foreach (var note in rows.Select(r => r.Note).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            text.Append('\n').Append("- ").Append(note);
        }
        var lastDay = rows.Select(r => r.Claim!.AsOf.EndDate).Max(StringComparer.Ordinal) ?? "";
        return new Document
        {
            Url = url,
            Publisher = rows.Select(r => r.Claim!.ReporterText).FirstOrDefault(p => p.Length > 0) ?? "",
            PublishTime = Dates.Time(lastDay, "as_of_end"),
            Language = "en",
            Title = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url,
            Text = text.ToString(),
        };
    }
}
