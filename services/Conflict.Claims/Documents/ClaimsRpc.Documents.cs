using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Document RPCs, including extraction and ingestion of articles.</summary>
internal sealed partial class ClaimsRpc
{
    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Document> CreateDocument(CreateDocumentRequest request, ServerCallContext context)
        => documents.CreateAsync(request, context.PrincipalName(), context.CancellationToken);

    public override Task<Document> GetDocument(GetDocumentRequest request, ServerCallContext context)
        => documents.GetAsync(request, context.CancellationToken);

    public override Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
        => documents.ListAsync(request, context.CancellationToken);

    public override Task<ExtractClaimsResponse> ExtractClaims(ExtractClaimsRequest request, ServerCallContext context)
        => ingest.ExtractAsync(request, context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<IngestDocumentResponse> IngestDocument(IngestDocumentRequest request, ServerCallContext context)
        => ingest.IngestAsync(request, context.PrincipalName(), context.CancellationToken);
}
