using Conflict.Claims.V1;
using Conflict.Grpc;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Document RPCs, including extraction and ingestion of articles.</summary>
internal sealed partial class ClaimsRpc
{
    public Task<Document> CreateDocument(CreateDocumentRequest request, ServerCallContext context)
        => documents.CreateAsync(request, context.CancellationToken);

    public Task<Document> GetDocument(GetDocumentRequest request, ServerCallContext context)
        => documents.GetAsync(request, context.CancellationToken);

    public Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
        => documents.ListAsync(request, context.CancellationToken);

    public Task<ExtractClaimsResponse> ExtractClaims(ExtractClaimsRequest request, ServerCallContext context)
        => ingest.ExtractAsync(request, context.CancellationToken);

    public Task<IngestDocumentResponse> IngestDocument(IngestDocumentRequest request, ServerCallContext context)
        => ingest.IngestAsync(request, context.CancellationToken);
}
