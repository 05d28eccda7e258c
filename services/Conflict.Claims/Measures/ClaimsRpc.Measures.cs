using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

// The adapter is one class bound to the service descriptor; its partial files share the root namespace.
namespace Conflict.Claims;

/// <summary>Measure RPCs.</summary>
internal sealed partial class ClaimsRpc
{
    public override Task<Measure> GetMeasure(GetMeasureRequest request, ServerCallContext context)
        => measures.GetAsync(request, context.CancellationToken);

    public override Task<ListMeasuresResponse> ListMeasures(ListMeasuresRequest request, ServerCallContext context)
        => measures.ListAsync(request, context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Measure> CreateMeasure(CreateMeasureRequest request, ServerCallContext context)
        => measures.CreateAsync(request, context.PrincipalName(), context.CancellationToken);

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override Task<Measure> UpdateMeasure(UpdateMeasureRequest request, ServerCallContext context)
        => measures.UpdateAsync(request, context.PrincipalName(), context.CancellationToken);
}
