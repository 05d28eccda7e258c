namespace Conflict.ServiceDefaults.Storage;

/// <summary>
/// Wakes whoever waits for the next commit of some kind (a feed entry, a dirty variable). A waiter takes
/// <see cref="Next"/> before it reads the database, so a commit between its read and its wait still wakes it.
/// In-process writers call <see cref="Notify"/> after they commit; on PostgreSQL, <see cref="DatabaseNotifications"/>
/// calls it for commits made by other replicas.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/> after this property was read.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
