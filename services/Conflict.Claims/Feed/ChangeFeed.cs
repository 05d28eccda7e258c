using Conflict.ServiceDefaults.Storage;
using System.Runtime.CompilerServices;
using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Feed;

/// <summary>
/// The resumable change feed: replays every change after the cursor in sequence order, then follows new ones,
/// woken by this process's commits and, on PostgreSQL, by the notifications of other replicas' commits.
/// </summary>
internal sealed class ChangeFeed(ChangeFeedStore store, ChangeSignal notifier)
{
    /// <summary>The PostgreSQL notification channel of committed changes.</summary>
    public const string Channel = "conflict_claim_changes";

    private const int PageSize = 500;

    public async IAsyncEnumerable<WatchClaimsResponse> FollowAsync(WatchClaimsRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        if (request.AfterSequence < 0)
        {
            throw RpcErrors.InvalidArgument("after_sequence", "must not be negative");
        }
        var cursor = request.AfterSequence;
        while (!ct.IsCancellationRequested)
        {
            var wake = notifier.Next;
            var page = await store.ReadAsync(cursor, PageSize, ct);
            foreach (var (change, claim) in page)
            {
                yield return ToMessage(change, claim);
                cursor = change.Sequence;
            }
            if (page.Count < PageSize)
            {
                await wake.WaitAsync(ct);
            }
        }
    }

    /// <summary>The claim as it stood right after the change, so a replay shows the same as the live feed did.</summary>
    public static WatchClaimsResponse ToMessage(ChangeRow change, ClaimRow claim)
    {
        var state = change.ChangeType switch
        {
            (int)ClaimChangeType.Created => claim with { State = (int)ClaimState.Active, SupersededBy = "", Updater = claim.Creator },
            (int)ClaimChangeType.Retracted => claim with { State = (int)ClaimState.Retracted, SupersededBy = "" },
            _ => claim with { State = (int)ClaimState.Superseded },
        };
        return new WatchClaimsResponse
        {
            Sequence = change.Sequence,
            ChangeType = (ClaimChangeType)change.ChangeType,
            Claim = ClaimMapping.ToMessage(state),
            ChangeTime = Dates.ToTimestamp(change.ChangeMs),
        };
    }
}
