using System.Threading.Channels;

namespace Conflict.Claims.Import;

/// <summary>
/// How long an import waits for more input before acting on what it has (cutting a partial chunk, committing):
/// short, so that a caller who sends slowly still sees its progress at once.
/// </summary>
internal static class StreamPause
{
    private static readonly TimeSpan Length = TimeSpan.FromMilliseconds(50);

    /// <summary>True when more can be read within the pause; false when the pause ran out or the channel ended.</summary>
    public static async Task<bool> MoreSoonAsync<T>(ChannelReader<T> reader, CancellationToken ct)
    {
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(ct);
        pause.CancelAfter(Length);
        try
        {
            return await reader.WaitToReadAsync(pause.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
