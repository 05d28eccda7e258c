using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Claim RPCs: creation, reads, supersession, retraction.</summary>
internal sealed partial class ClaimsRpc
{
    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Claim> CreateClaim(CreateClaimRequest request, ServerCallContext context)
        => claims.CreateAsync(request, context.PrincipalName(), context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<BatchCreateClaimsResponse> BatchCreateClaims(BatchCreateClaimsRequest request, ServerCallContext context)
        => claims.BatchCreateAsync(request, context.PrincipalName(), context.CancellationToken);

    public override Task<Claim> GetClaim(GetClaimRequest request, ServerCallContext context)
        => claims.GetAsync(request, context.CancellationToken);

    public override Task<ListClaimsResponse> ListClaims(ListClaimsRequest request, ServerCallContext context)
        => claims.ListAsync(request, context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Claim> SupersedeClaim(SupersedeClaimRequest request, ServerCallContext context)
        => lifecycle.SupersedeAsync(request, context.PrincipalName(), context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Claim> RetractClaim(RetractClaimRequest request, ServerCallContext context)
        => lifecycle.RetractAsync(request, context.PrincipalName(), context.CancellationToken);
}
