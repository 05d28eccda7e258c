namespace Conflict.Claims.Feed;

/// <summary>
/// Wakes change-feed followers after a commit. A follower takes <see cref="Next"/> before it reads the feed, so
/// a commit that lands between its read and its wait still wakes it.
/// </summary>
internal sealed class ChangeNotifier
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Committed"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Committed() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
