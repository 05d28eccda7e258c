using System.Threading.Channels;
using Conflict.Reconciliation.Replicas;
using Grpc.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Feeds;

/// <summary>
/// Follows one upstream change feed from the cursor stored in the projection while this replica is the coordinator
/// (one replica follows the feeds; the others read what it projects): a reader task pulls the stream into a channel
/// and the applier commits whatever has arrived as one batch (one transaction with the cursor, under the
/// coordinator's lease). On any failure, including the upstream service restarting or a database error (a deadlock
/// victim on PostgreSQL, a lost connection), it reconnects from the stored cursor, which the failed transaction did
/// not move; when the lease is lost it stops until this replica is the coordinator again.
/// </summary>
internal abstract partial class FeedFollower<TChange>(LeaseManager leases, ReplicaSignals signals, ILogger logger) : BackgroundService
{
    private const int MaxBatch = 2000;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    /// <summary>The feed's name, for logs and the cursor table.</summary>
    protected abstract string Feed { get; }

    /// <summary>Where the feed stands in the projection.</summary>
    protected abstract Task<long> GetCursorAsync(CancellationToken ct);

    /// <summary>Opens the upstream stream after <paramref name="cursor"/>.</summary>
    protected abstract AsyncServerStreamingCall<TChange> Open(long cursor, CancellationToken ct);

    /// <summary>Commits a batch with its cursor, fenced by the coordinator's lease.</summary>
    protected abstract Task ApplyAsync(IReadOnlyList<TChange> batch, Lease coordinator, CancellationToken ct);

    /// <summary>True once the follower has caught up with the feed at least once (for readiness).</summary>
    public bool Connected { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var term = await leases.CoordinatorAsync(stoppingToken);
            using var during = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term.Lost);
            try
            {
                await FollowWhileCoordinatorAsync(term.Lease, during.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // the coordinator lease was lost: wait to take it again
            }
            catch (LeaseLostException lost)
            {
                leases.Lost(lost.Lease);
            }
            Connected = false;
        }
    }

    private async Task FollowWhileCoordinatorAsync(Lease coordinator, CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FollowOnceAsync(coordinator, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is RpcException or IOException or HttpRequestException or OperationCanceledException or System.Data.Common.DbException)
            {
                Connected = false;
                LogDisconnected(logger, Feed, ex.Message, backoff.TotalMilliseconds);
                await Task.Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }
            // The upstream ended the stream cleanly (it is shutting down): reconnect shortly.
            backoff = TimeSpan.FromMilliseconds(200);
            await Task.Delay(backoff, stoppingToken);
        }
    }

    private async Task FollowOnceAsync(Lease coordinator, CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var cursor = await GetCursorAsync(ct);
        using var call = Open(cursor, linked.Token);
        var channel = Channel.CreateBounded<TChange>(new BoundedChannelOptions(MaxBatch * 4) { SingleReader = true, SingleWriter = true });
        var reader = PumpAsync(call, channel.Writer, linked.Token);
        Connected = true;
        LogFollowing(logger, Feed, cursor);
        try
        {
            var batch = new List<TChange>(MaxBatch);
            while (await channel.Reader.WaitToReadAsync(ct))
            {
                while (batch.Count < MaxBatch && channel.Reader.TryRead(out var change))
                {
                    batch.Add(change);
                }
                await ApplyAsync(batch, coordinator, ct);
                signals.Dirty.Notify();
                batch.Clear();
            }
        }
        finally
        {
            await linked.CancelAsync();
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await reader; // rethrows the reader's failure, if any, so the caller reconnects
    }

    private static async Task PumpAsync(AsyncServerStreamingCall<TChange> call, ChannelWriter<TChange> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var change in call.ResponseStream.ReadAllAsync(ct))
            {
                await writer.WriteAsync(change, ct);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following the {Feed} feed after sequence {Cursor}")]
    private static partial void LogFollowing(ILogger logger, string feed, long cursor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Feed} feed is unavailable ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogDisconnected(ILogger logger, string feed, string reason, double delayMs);
}
