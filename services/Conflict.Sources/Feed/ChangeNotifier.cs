namespace Conflict.Sources.Feed;

/// <summary>
/// Wakes the streams waiting for new changes when a write commits in this process. A waiter takes
/// <see cref="NextChange"/> before it reads the feed, so a commit between its read and its wait is never missed.
/// </summary>
internal sealed class ChangeNotifier
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next commit after this property was read.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Notify()
    {
        var fired = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        fired.TrySetResult();
    }
}
