using Conflict.ServiceDefaults.Storage;
using System.Runtime.CompilerServices;

namespace Conflict.Sources.Feed;

/// <summary>
/// Replays the changes after a cursor, then follows new ones as they commit. Sequences are strictly increasing
/// and gap-free, so the caller's cursor (the last sequence it received) resumes exactly, across restarts.
/// </summary>
internal sealed class SourceFeed(ChangeStore changes, ChangeSignal notifier)
{
    /// <summary>The PostgreSQL notification channel of committed changes.</summary>
    public const string Channel = "conflict_source_changes";

    private const int BatchSize = 256;

    public async IAsyncEnumerable<ChangeRow> FollowAsync(long after, [EnumeratorCancellation] CancellationToken ct)
    {
        var cursor = after;
        while (!ct.IsCancellationRequested)
        {
            var next = notifier.Next;
            var batch = await changes.ReadAfterAsync(cursor, BatchSize, ct).ConfigureAwait(false);
            foreach (var change in batch)
            {
                yield return change;
                cursor = change.Sequence;
            }
            if (batch.Count == 0)
            {
                await next.WaitAsync(ct).ConfigureAwait(false);
            }
        }
    }
}
