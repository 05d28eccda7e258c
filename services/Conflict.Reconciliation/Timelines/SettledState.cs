namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Whether the timelines have settled: nothing is waiting to be recomputed, no re-learning pass is running or due,
/// so a timeline read now keeps its figures until new claims arrive. Clients that print a result once (the demo)
/// wait for it; a page that follows <c>WatchTimeline</c> does not need to.
/// </summary>
internal sealed class SettledState(RecomputeQueue queue)
{
    private volatile bool _workerIdle;

    /// <summary>True when the worker is idle and nothing is queued.</summary>
    public bool IsSettled => _workerIdle && queue.IsEmpty;

    /// <summary>Set by the worker: false while it recomputes or learns, or while learning is due.</summary>
    public void WorkerIdle(bool idle) => _workerIdle = idle;
}
