using Conflict.Claims.V1;
using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Streaming RPCs: the change feed and bulk import.</summary>
internal sealed partial class ClaimsRpc
{
    public override async Task WatchClaims(WatchClaimsRequest request, IServerStreamWriter<WatchClaimsResponse> responses, ServerCallContext context)
    {
        await foreach (var change in feed.FollowAsync(request, context.CancellationToken))
        {
            await responses.WriteAsync(change, context.CancellationToken);
        }
    }

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task ImportClaims(IAsyncStreamReader<ImportClaimsRequest> requests, IServerStreamWriter<ImportClaimsResponse> responses, ServerCallContext context)
        => importer.ImportAsync(
            BatchStreams.ItemsAsync(requests, r => r.Items, "items", context.CancellationToken),
            r => responses.WriteAsync(r, context.CancellationToken),
            context.PrincipalName(),
            context.CancellationToken);
}
