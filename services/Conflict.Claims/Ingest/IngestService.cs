using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Documents;
using Conflict.Claims.Feed;
using Conflict.Claims.Measures;
using Conflict.Claims.V1;
using Conflict.Client.Extraction;
using Conflict.Extraction;
using Conflict.ServiceDefaults.Storage;
using Microsoft.Extensions.Logging;

namespace Conflict.Claims.Ingest;

/// <summary>
/// Extraction (nothing stored) and ingestion: the document and the claims found in it commit in one transaction;
/// a text already stored is not ingested twice. Extracted claims that fail validation are skipped and logged:
/// an extractor's mistake must not block the rest of the article. The ingesting principal is recorded as the creator
/// of the document and of its claims.
/// </summary>
internal sealed partial class IngestService(IDbConnectionFactory db, WriteGate gate, ChangeSignal notifier, MeasureCatalog catalog,
    DocumentStore documents, ClaimCreator creator, ClaimStore claims, ILogger<IngestService> logger)
{
    public async Task<ExtractClaimsResponse> ExtractAsync(ExtractClaimsRequest request, CancellationToken ct)
    {
        var document = new Document { Text = request.Text, Language = request.Language, PublishTime = request.PublishTime, Publisher = request.Publisher };
        var problems = new Problems();
        DocumentValidation.Check(document, problems);
        ExtractionValidation.Check(document, problems);
        problems.ThrowIfAny();
        // Checked against the text as if it were stored (offsets, as-of before publication), then shown without names;
        // nothing is stored, so no principal is recorded as creator.
        var (_, rows) = await ExtractAsync(document, Ids.New(), "", ct);
        var response = new ExtractClaimsResponse();
        foreach (var row in rows)
        {
            var claim = ClaimMapping.ToMessage(row);
            claim.Name = "";
            claim.Document = "";
            claim.CreateTime = null;
            response.Claims.Add(claim);
        }
        return response;
    }

    public async Task<IngestDocumentResponse> IngestAsync(IngestDocumentRequest request, string principal, CancellationToken ct)
    {
        var problems = new Problems();
        DocumentValidation.Check(request.Document, problems.Under("document"));
        ExtractionValidation.Check(request.Document, problems.Under("document"));
        problems.ThrowIfAny();
        var existing = await documents.FindBySha256Async(DocumentMapping.Sha256Of(request.Document.Text), ct);
        if (existing is not null)
        {
            return await AlreadyIngestedAsync(existing, ct);
        }
        var row = DocumentMapping.ToRow(request.Document, Dates.NowMs(), principal);
        var (_, found) = await ExtractAsync(request.Document, row.Id, principal, ct);
        var response = new IngestDocumentResponse { Document = DocumentMapping.ToMessage(row) };
        response.Claims.Add(found.Select(ClaimMapping.ToMessage));
        if (request.ValidateOnly)
        {
            return response;
        }
        await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
        await writer.BeginAsync(ct);
        var (stored, created) = await writer.WithTransactionAsync((conn, tx) => DocumentStore.InsertOrGetAsync(conn, tx, row, ct));
        if (!created)
        {
            await writer.RollbackAsync();
            return await AlreadyIngestedAsync(stored, ct);
        }
        foreach (var claim in found)
        {
            await writer.TryInsertClaimAsync(claim, ct);
        }
        await writer.CommitAsync(ct);
        return response;
    }

    /// <summary>Runs the extractor and prepares its claims, created by <paramref name="principal"/>; only the valid ones are returned.</summary>
    private async Task<(IReadOnlyList<ExtractedClaim> Found, IReadOnlyList<ClaimRow> Valid)> ExtractAsync(
        Document document, string documentId, string principal, CancellationToken ct)
    {
        var measures = await catalog.AllAsync(ct);
        var extractor = ClaimExtractor.For([.. measures.Values.OrderBy(m => m.Id, StringComparer.Ordinal)]);
        IReadOnlyList<ExtractedClaim> found;
        try
        {
            var published = DateOnly.FromDateTime(document.PublishTime.ToDateTime());
            found = extractor.Extract(document.Text, document.Language, published, document.Publisher.Length == 0 ? null : document.Publisher);
        }
        catch (NotImplementedException)
        {
            throw RpcErrors.Unimplemented("The extractor is not available in this build.");
        }
        var name = Ids.Name(DocumentMapping.Collection, documentId);
        var inputs = found.Select(f => new ClaimInput(ExtractedClaimMapping.ToClaim(f, name), new Problems("claim"), principal, ClaimOrigin.Extractor)).ToList();
        var pending = new Dictionary<string, DocumentFacts>
        {
            [documentId] = new() { Id = documentId, PublishMs = Dates.ToMs(document.PublishTime), TextLength = document.Text.Length, Language = document.Language, Publisher = document.Publisher },
        };
        var rows = await creator.PrepareAsync(inputs, ct, pending);
        var valid = new List<ClaimRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (inputs[i].Problems.Any)
            {
                LogSkipped(logger, inputs[i].Claim.Quote, string.Join("; ", inputs[i].Problems.Items.Select(p => $"{p.Field}: {p.Description}")));
            }
            else
            {
                valid.Add(rows[i]);
            }
        }
        return (found, valid);
    }

    private async Task<IngestDocumentResponse> AlreadyIngestedAsync(DocumentRow document, CancellationToken ct)
    {
        var response = new IngestDocumentResponse { Document = DocumentMapping.ToMessage(document), AlreadyIngested = true };
        var rows = await claims.ListAsync(new ClaimFilter { DocumentId = document.Id }, "", 1000, ct);
        response.Claims.Add(rows.Select(ClaimMapping.ToMessage));
        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped an extracted claim at \"{Quote}\": {Problems}")]
    private static partial void LogSkipped(ILogger logger, string quote, string problems);
}
