namespace Conflict.EndToEnd.Tests;

/// <summary>
/// Polls until a condition holds. Reconciliation follows the claims feed asynchronously, so the suite converges
/// rather than answering at once; the timeout only bounds a broken run, it asserts nothing about speed.
/// </summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(2));
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(250);
        }
    }
}
