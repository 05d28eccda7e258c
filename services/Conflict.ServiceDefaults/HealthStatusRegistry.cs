using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.ServiceDefaults;

/// <summary>
/// The serving status of each service for <c>grpc.health.v1.Health</c>; the empty name is the whole server.
/// Every mapped service starts SERVING; a service flips its own status (NOT_SERVING while draining, say).
/// </summary>
public sealed class HealthStatusRegistry
{
    private readonly ConcurrentDictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<ServingStatus>, string> _watchers = new();

    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        _statuses[service] = status;
        foreach (var (watcher, watched) in _watchers)
        {
            if (watched == service)
            {
                watcher.Writer.TryWrite(status);
            }
        }
    }

    /// <summary>The status of a service, or null when it is unknown.</summary>
    public ServingStatus? GetStatus(string service) =>
        _statuses.TryGetValue(service, out var status) ? status : null;

    /// <summary>Follows a service's status: the current one first, then each change, until <paramref name="ct"/> fires.</summary>
    internal async IAsyncEnumerable<ServingStatus> WatchAsync(string service, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<ServingStatus>(new UnboundedChannelOptions { SingleReader = true });
        _watchers[channel] = service;
        try
        {
            var last = GetStatus(service) ?? ServingStatus.ServiceUnknown;
            yield return last;
            await foreach (var status in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                if (status != last)
                {
                    last = status;
                    yield return status;
                }
            }
        }
        finally
        {
            _watchers.TryRemove(channel, out _);
        }
    }
}
