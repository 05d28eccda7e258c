namespace Conflict.Claims.Claims;

/// <summary>
/// Lets one claim transaction of this process write at a time. The database lock (the feed head row) already
/// serialises writers across processes; this gate spares SQLite's busy-wait loop inside one process.
/// </summary>
internal sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        return new Release(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
