using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;

namespace Conflict.Claims.Claims;

/// <summary>
/// Supersession and retraction. Neither deletes nor edits a claim: each adds a status row and a feed entry,
/// and a supersession adds the corrected claim, which names the one it replaces. The principal that does either is
/// the old claim's updater (and the corrected claim's creator).
/// </summary>
internal sealed class ClaimLifecycle(IDbConnectionFactory db, WriteGate gate, ChangeSignal notifier, ClaimCreator creator, ClaimStore store)
{
    private const int Superseded = (int)ClaimState.Superseded;
    private const int Retracted = (int)ClaimState.Retracted;

    public async Task<Claim> SupersedeAsync(SupersedeClaimRequest request, string principal, CancellationToken ct)
    {
        var old = await ActiveAsync(request.Name, ct);
        if (request.Claim is null)
        {
            throw RpcErrors.InvalidArgument("claim", "is required");
        }
        var input = new ClaimInput(request.Claim, new Problems("claim"), principal);
        var row = (await creator.PrepareAsync([input], ct))[0] with { Supersedes = old.Id };
        input.Problems.ThrowIfAny();
        await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
        await writer.BeginAsync(ct);
        await writer.TryInsertClaimAsync(row, ct);
        if (!await writer.TryChangeStateAsync(old.Id, new StateChange(Superseded, row.Id, request.Reason, row.CreateMs, principal), ct))
        {
            throw NotActive(request.Name);
        }
        await writer.CommitAsync(ct);
        return ClaimMapping.ToMessage(row);
    }

    public async Task<Claim> RetractAsync(RetractClaimRequest request, string principal, CancellationToken ct)
    {
        var claim = await ActiveAsync(request.Name, ct);
        await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
        await writer.BeginAsync(ct);
        if (!await writer.TryChangeStateAsync(claim.Id, new StateChange(Retracted, "", request.Reason, Dates.NowMs(), principal), ct))
        {
            throw NotActive(request.Name);
        }
        await writer.CommitAsync(ct);
        return ClaimMapping.ToMessage(claim with { State = Retracted, Updater = principal });
    }

    private async Task<ClaimRow> ActiveAsync(string name, CancellationToken ct)
    {
        var id = Ids.Parse(name, ClaimMapping.Collection) ?? throw RpcErrors.InvalidArgument("name", "must be a claim name, claims/{claim}");
        var claim = await store.GetAsync(id, ct) ?? throw RpcErrors.NotFound(name);
        return claim.State == (int)ClaimState.Active ? claim : throw NotActive(name);
    }

    private static global::Grpc.Core.RpcException NotActive(string name)
        => RpcErrors.FailedPrecondition("CLAIM_NOT_ACTIVE", $"{name} was already superseded or retracted.", name);
}
