using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Documents;

/// <summary>
/// Documents: stored once per text (SHA-256), recorded as created by the principal that first stored the text; read,
/// listed oldest first.
/// </summary>
internal sealed class DocumentService(DocumentStore store)
{
    public async Task<Document> CreateAsync(CreateDocumentRequest request, string principal, CancellationToken ct)
    {
        var problems = new Problems();
        DocumentValidation.Check(request.Document, problems.Under("document"));
        problems.ThrowIfAny();
        var (row, _) = await store.InsertOrGetAsync(DocumentMapping.ToRow(request.Document, Dates.NowMs(), principal), ct);
        return DocumentMapping.ToMessage(row);
    }

    public async Task<Document> GetAsync(GetDocumentRequest request, CancellationToken ct)
    {
        var id = Ids.Parse(request.Name, DocumentMapping.Collection) ?? throw RpcErrors.InvalidArgument("name", "must be a document name, documents/{document}");
        var row = await store.GetAsync(id, ct) ?? throw RpcErrors.NotFound(request.Name);
        return DocumentMapping.ToMessage(row);
    }

    public async Task<ListDocumentsResponse> ListAsync(ListDocumentsRequest request, CancellationToken ct)
    {
        var problems = new Problems();
        var size = Paging.PageSize(request.PageSize, 50, problems);
        var filter = "publisher=" + request.Publisher;
        var after = Paging.After(request.PageToken, filter, problems);
        problems.ThrowIfAny();
        var rows = await store.ListAsync(request.Publisher.Length == 0 ? null : request.Publisher, after, size + 1, ct);
        var response = new ListDocumentsResponse();
        response.Documents.Add(rows.Take(size).Select(row => DocumentMapping.ToMessage(row, withText: false)));
        if (rows.Count > size)
        {
            response.NextPageToken = Paging.Token(rows[size - 1].Id, filter);
        }
        return response;
    }
}
