using System.Text;
using Conflict.Claims.V1;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Importing;

/// <summary>
/// Keeps the provenance of structured claims: one document per URL a claim file cites, holding the file's notes
/// for that URL, so every claim points at where it was read. CreateDocument is idempotent by text, so a re-run
/// finds the same documents.
/// </summary>
internal static class ProvenanceDocuments
{
    /// <summary>Creates (or finds) the document of every URL; returns each URL's document name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CreateAsync(
        ClaimsService.ClaimsServiceClient claims, IReadOnlyDictionary<string, UrlProvenance> urls, CancellationToken ct)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, provenance) in urls)
        {
            var document = await claims.CreateDocumentAsync(new CreateDocumentRequest { Document = Describe(url, provenance) }, new CallOptions(cancellationToken: ct));
            names[url] = document.Name;
        }
        return names;
    }

    /// <summary>The record of one URL: published on the latest as-of day of its claims, by their reporter.</summary>
    public static Document Describe(string url, UrlProvenance provenance)
    {
        var text = new StringBuilder();
        text.Append("Structured claims read at ").Append(url).Append('.');
        foreach (var note in provenance.Notes)
        {
            text.Append('\n').Append("- ").Append(note);
        }
        return new Document
        {
            Url = url,
            Publisher = provenance.Publisher,
            PublishTime = Dates.Time(provenance.LastDay, "as_of_end"),
            Language = "en",
            Title = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url,
            Text = text.ToString(),
        };
    }
}
