using System.Runtime.CompilerServices;
using Conflict.Client;
using Grpc.Core;

namespace Conflict.ServiceDefaults;

/// <summary>Reads the items of a bulk stream whose messages carry batches (ImportClaims, ImportSources, FuseClaims).</summary>
public static class BatchStreams
{
    /// <summary>
    /// The items of every message, in order. A message with no item or more than <see cref="Batches.MaxItems"/>
    /// ends the call with INVALID_ARGUMENT on <c>field</c>; what came before it stays processed.
    /// </summary>
    public static async IAsyncEnumerable<TItem> ItemsAsync<TBatch, TItem>(IAsyncStreamReader<TBatch> reader, Func<TBatch, IReadOnlyList<TItem>> items,
        string field, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(items);
        while (await reader.MoveNext(ct).ConfigureAwait(false))
        {
            var batch = items(reader.Current);
            if (batch.Count is 0 or > Batches.MaxItems)
            {
                throw Errors.InvalidArgument(field, $"must hold 1 to {Batches.MaxItems} items per message; got {batch.Count}");
            }
            foreach (var item in batch)
            {
                yield return item;
            }
        }
    }
}
