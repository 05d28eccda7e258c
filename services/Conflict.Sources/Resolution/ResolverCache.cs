using Conflict.Sources.Feed;

namespace Conflict.Sources.Resolution;

/// <summary>
/// Keeps a resolver over the active sources, rebuilt when the feed's last sequence moved since it was built,
/// so that every replica sees every committed change (one small query per call, the catalog load only on change).
/// </summary>
internal sealed class ResolverCache(SourceStore store, ChangeStore changes) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private Built? _current;

    public async Task<SourceResolver> GetAsync(CancellationToken ct)
    {
        var sequence = await changes.LastSequenceAsync(ct).ConfigureAwait(false);
        var built = Volatile.Read(ref _current);
        if (built is not null && built.Sequence == sequence)
        {
            return built.Resolver;
        }
        await _rebuild.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_current is { } again && again.Sequence >= sequence)
            {
                return again.Resolver;
            }
            var records = await store.ListActiveAsync(ct).ConfigureAwait(false);
            var resolver = new SourceResolver([.. records.Select(SourceMapping.ToResolvable)]);
            Volatile.Write(ref _current, new Built(sequence, resolver));
            return resolver;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    private sealed record Built(long Sequence, SourceResolver Resolver);
}
