using System.Diagnostics;

namespace Conflict.Bench.Import;

/// <summary>Samples the process's working set and GC heap every 100 ms and keeps the peaks.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemorySampler() => _loop = LoopAsync();

    public long PeakWorkingSet { get; private set; }

    public long PeakGcHeap { get; private set; }

    public void Sample()
    {
        using var process = Process.GetCurrentProcess();
        PeakWorkingSet = Math.Max(PeakWorkingSet, process.WorkingSet64);
        PeakGcHeap = Math.Max(PeakGcHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Sample();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
