using Conflict.Claims.Common;
using Conflict.Claims.Feed;
using Conflict.ServiceDefaults.Storage;

namespace Conflict.Claims.Claims;

/// <summary>
/// Creates claims all or nothing: every claim is checked (every problem reported at once), the Sources service
/// is asked before anything is written, and the rows, request ids and feed entries commit in one transaction.
/// A request id seen before returns the claim it created.
/// </summary>
internal sealed class ClaimCreator(IDbConnectionFactory db, WriteGate gate, ChangeSignal notifier, ClaimPreparer preparer, ClaimStore store)
{
    public async Task<IReadOnlyList<ClaimRow>> CreateAsync(IReadOnlyList<(ClaimInput Input, string RequestId)> items, CancellationToken ct)
    {
        CheckRequestIds(items);
        var existing = new ClaimRow?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            existing[i] = items[i].RequestId.Length == 0 ? null : await ExistingAsync(items[i].RequestId, ct);
        }
        var fresh = Enumerable.Range(0, items.Count).Where(i => existing[i] is null).ToList();
        var rows = await PrepareAsync(fresh.Select(i => items[i].Input with { RequestId = items[i].RequestId }).ToList(), ct);
        var all = new Problems();
        fresh.ForEach(i => all.AddRange(items[i].Input.Problems.Items));
        all.ThrowIfAny();
        await using var writer = await ClaimWriter.OpenAsync(db, gate, notifier, ct);
        await writer.BeginAsync(ct);
        for (var k = 0; k < fresh.Count; k++)
        {
            if (!await writer.TryInsertClaimAsync(rows[k], ct))
            {
                // The same request id committed meanwhile by a concurrent call: the caller may retry and get it.
                throw RpcErrors.Aborted("requests/" + items[fresh[k]].RequestId);
            }
            existing[fresh[k]] = rows[k];
        }
        await writer.CommitAsync(ct);
        return existing.Select(row => row!).ToList();
    }

    /// <summary>Validates and resolves without storing; Sources being down becomes UNAVAILABLE.</summary>
    public async Task<IReadOnlyList<ClaimRow>> PrepareAsync(IReadOnlyList<ClaimInput> inputs, CancellationToken ct,
        IReadOnlyDictionary<string, Documents.DocumentFacts>? pendingDocuments = null)
    {
        try
        {
            return await preparer.PrepareAsync(inputs, new NameCache(), ct, pendingDocuments);
        }
        catch (SourcesUnavailableException e)
        {
            throw RpcErrors.Unavailable(e.Message);
        }
    }

    private async Task<ClaimRow?> ExistingAsync(string requestId, CancellationToken ct)
        => await store.ClaimForRequestAsync(requestId, ct) is { } id ? await store.GetAsync(id, ct) : null;

    private static void CheckRequestIds(IReadOnlyList<(ClaimInput Input, string RequestId)> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new Problems();
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i].RequestId;
            if (id.Length > 200)
            {
                problems.Add($"requests[{i}].request_id", "must be at most 200 characters");
            }
            else if (id.Length > 0 && !seen.TryAdd(id, i))
            {
                problems.Add($"requests[{i}].request_id", $"repeats requests[{seen[id]}].request_id");
            }
        }
        problems.ThrowIfAny();
    }
}
