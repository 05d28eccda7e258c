using Conflict.Claims.V1;
using Conflict.Grpc;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Streaming RPCs: the change feed and bulk import.</summary>
internal sealed partial class ClaimsRpc
{
    public async Task WatchClaims(WatchClaimsRequest request, IServerStreamWriter<WatchClaimsResponse> responses, ServerCallContext context)
    {
        await foreach (var change in feed.FollowAsync(request, context.CancellationToken))
        {
            await responses.WriteAsync(change, context.CancellationToken);
        }
    }

    public Task ImportClaims(IAsyncStreamReader<ImportClaimsRequest> requests, IServerStreamWriter<ImportClaimsResponse> responses, ServerCallContext context)
        => importer.ImportAsync(requests.ReadAllAsync(context.CancellationToken), r => responses.WriteAsync(r, context.CancellationToken), context.CancellationToken);
}
