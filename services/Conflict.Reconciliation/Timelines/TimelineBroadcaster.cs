using System.Collections.Concurrent;
using System.Threading.Channels;
using Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Delivers each recomputed timeline to the WatchTimeline streams of its variable. A slow watcher only ever
/// holds the newest timeline (older ones are dropped), so it cannot hold the service back.
/// </summary>
internal sealed class TimelineBroadcaster
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<Timeline>, byte>> _watchers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string variable)
    {
        var channel = Channel.CreateBounded<Timeline>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        _watchers.GetOrAdd(variable, _ => new()).TryAdd(channel, 0);
        return new Subscription(channel.Reader, () => _watchers.GetOrAdd(variable, _ => new()).TryRemove(channel, out _));
    }

    /// <summary>Variables with at least one watcher on this replica.</summary>
    public IEnumerable<string> Watched => _watchers.Where(w => !w.Value.IsEmpty).Select(w => w.Key).ToList();

    public bool IsWatched(string variable) => _watchers.TryGetValue(variable, out var watchers) && !watchers.IsEmpty;

    public void Publish(Timeline timeline)
    {
        if (_watchers.TryGetValue(timeline.Variable, out var watchers))
        {
            foreach (var channel in watchers.Keys)
            {
                channel.Writer.TryWrite(timeline);
            }
        }
    }

    /// <summary>A watcher's stream of timelines; dispose it to stop watching.</summary>
    internal sealed class Subscription(ChannelReader<Timeline> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<Timeline> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
