using Conflict.Reconciliation.Timelines;
using Microsoft.Extensions.Logging;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// Brings timelines stored by other replicas to this replica's <c>WatchTimeline</c> streams: on each notification
/// of a stored timeline that someone here watches, reads it from the shared table and publishes it. A stream skips
/// a revision it has already sent, so a timeline this replica stored itself (published at once) is not sent twice.
/// </summary>
internal sealed partial class TimelineRelay(TimelineStore store, TimelineBroadcaster broadcaster, ILogger<TimelineRelay> logger)
{
    /// <summary>Called on the notification connection's thread: never blocks it.</summary>
    public void Stored(string? variable)
    {
        if (variable is null)
        {
            // Reconnected after a gap: every watched variable may have moved meanwhile.
            foreach (var watched in broadcaster.Watched)
            {
                _ = RelayAsync(watched);
            }
        }
        else if (broadcaster.IsWatched(variable))
        {
            _ = RelayAsync(variable);
        }
    }

    private async Task RelayAsync(string variable)
    {
        try
        {
            var row = await store.GetAsync(variable, withPayload: true, CancellationToken.None);
            if (row?.Timeline is { } payload)
            {
                var timeline = V1.Timeline.Parser.ParseFrom(payload);
                timeline.Revision = row.Revision;
                broadcaster.Publish(timeline);
            }
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            LogFailed(logger, variable, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not relay the stored timeline of {Variable} to its watchers")]
    private static partial void LogFailed(ILogger logger, string variable, Exception exception);
}
