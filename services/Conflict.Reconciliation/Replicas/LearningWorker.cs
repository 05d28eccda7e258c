using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// On the coordinator only: re-learns the source parameters jointly over all variables when the projection has moved
/// since the stored model was learned, once the feeds go quiet (or at the latest every <see cref="MaxWait"/> under a
/// steady stream), and stores the model for every replica. A pass is never started sooner than three times the last
/// one took, so learning cannot crowd out the recomputation of new claims.
/// </summary>
internal sealed partial class LearningWorker(LeaseManager leases, WorkStore work, ModelStore models, Timelines.TimelineComputer computer,
    ReplicaSignals signals, ILogger<LearningWorker> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private DateTime _lastEnd = DateTime.MinValue;
    private TimeSpan _lastTook = TimeSpan.Zero;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var term = await leases.CoordinatorAsync(stoppingToken);
            using var during = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term.Lost);
            try
            {
                await LeadAsync(term.Lease, during.Token);
            }
            catch (OperationCanceledException) when (term.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
                // no longer the coordinator: wait to become it again
            }
            catch (LeaseLostException lost)
            {
                leases.Lost(lost.Lease);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task LeadAsync(Lease coordinator, CancellationToken ct)
    {
        while (true)
        {
            var wake = signals.Dirty.Next;
            var progress = await work.ProgressAsync(ct);
            var sinceChange = TimeSpan.FromMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - progress.ChangedMs);
            var sinceLast = DateTime.UtcNow - _lastEnd;
            var due = progress.Revision > progress.LearnedThrough
                && (sinceChange >= QuietPeriod || sinceLast >= MaxWait)
                && sinceLast >= (MinInterval > _lastTook * 3 ? MinInterval : _lastTook * 3);
            if (due)
            {
                await LearnAsync(coordinator, progress.Revision, ct);
                continue;
            }
            await wake.WaitAsync(QuietPeriod, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>Learns from the projection as it stands (at least <paramref name="revision"/>) and stores the model.</summary>
    private async Task LearnAsync(Lease coordinator, long revision, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        try
        {
            var (model, assessments) = await computer.LearnAsync(ct);
            await models.SaveAsync(coordinator, model, revision, assessments, ct);
            signals.Model.Notify();
            LogLearned(logger, (DateTime.UtcNow - started).TotalMilliseconds, revision);
        }
        finally
        {
            _lastTook = DateTime.UtcNow - started;
            _lastEnd = DateTime.UtcNow;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-learned source parameters over all variables in {ElapsedMs:F0} ms (projection revision {Revision})")]
    private static partial void LogLearned(ILogger logger, double elapsedMs, long revision);

    [LoggerMessage(Level = LogLevel.Error, Message = "Learning the source parameters failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
