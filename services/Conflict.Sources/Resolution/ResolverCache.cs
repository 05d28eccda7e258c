using Conflict.Sources.Feed;

namespace Conflict.Sources.Resolution;

/// <summary>
/// Keeps the resolver's index of active sources current. The first use loads every active source; later uses
/// check the feed's last sequence (one small query, so every replica sees every commit) and apply only the
/// changes after the one last applied, from their snapshots. Resolutions run under a read lock, updates under
/// the write lock.
/// </summary>
internal sealed class ResolverCache(SourceStore store, ChangeStore changes) : IDisposable
{
    private const int BatchSize = 1000;

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new();
    private NameIndex? _index;
    private SourceResolver? _resolver;
    private long _applied = -1;

    /// <summary>Runs <paramref name="use"/> on a resolver that reflects every change committed before the call.</summary>
    public async Task<T> UseAsync<T>(Func<SourceResolver, T> use, CancellationToken ct)
    {
        await RefreshAsync(ct).ConfigureAwait(false);
        _lock.EnterReadLock();
        try
        {
            return use(_resolver!);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _refresh.Dispose();
        _lock.Dispose();
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        var last = await changes.LastSequenceAsync(ct).ConfigureAwait(false);
        if (Volatile.Read(ref _applied) >= last)
        {
            return;
        }
        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_index is null)
            {
                await LoadAsync(last, ct).ConfigureAwait(false);
            }
            while (_applied < last)
            {
                var batch = await changes.ReadAfterAsync(_applied, BatchSize, ct).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    break;
                }
                Apply(batch);
            }
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Loads every active source; changes after <paramref name="sequence"/> are applied again afterwards, harmlessly.</summary>
    private async Task LoadAsync(long sequence, CancellationToken ct)
    {
        var records = await store.ListActiveAsync(ct).ConfigureAwait(false);
        var index = new NameIndex(records.Select(SourceMapping.ToResolvable));
        _lock.EnterWriteLock();
        try
        {
            (_index, _resolver) = (index, new SourceResolver(index));
            Volatile.Write(ref _applied, sequence);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void Apply(IReadOnlyList<ChangeRow> batch)
    {
        var sources = batch.Select(c => SourceMapping.FromSnapshot(c.Snapshot)).ToList();
        _lock.EnterWriteLock();
        try
        {
            foreach (var source in sources)
            {
                if (source.DeleteTime is null)
                {
                    _index!.Put(SourceMapping.ToResolvable(source));
                }
                else
                {
                    _index!.Remove(source.Name[SourceMapping.NamePrefix.Length..]);
                }
            }
            Volatile.Write(ref _applied, batch[^1].Sequence);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
