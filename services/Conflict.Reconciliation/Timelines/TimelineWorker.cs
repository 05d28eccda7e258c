using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Keeps every timeline current. The variables that changes touched are recomputed at once, one at a time, with
/// the current source parameters; the source parameters are re-learned jointly over all variables in the
/// background, when the feeds go quiet or many changes have accumulated, so a long pass never delays the timeline
/// of a new claim. Variables that changed during a pass are recomputed again after it, since the pass saw an
/// older projection.
/// </summary>
internal sealed partial class TimelineWorker(RecomputeQueue queue, TimelineComputer computer, Projection.ProjectionStore projection, SettledState settled, ILogger<TimelineWorker> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MinLearnInterval = TimeSpan.FromSeconds(2);
    private const int ChangesForceLearning = 5000;

    private readonly HashSet<string> _changedDuringLearning = new(StringComparer.Ordinal);
    private Task? _learning;
    private DateTime _lastLearnEnd = DateTime.MinValue;
    private TimeSpan _lastLearnTook = TimeSpan.Zero;
    private int _changedSinceLearn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _learning = LearnAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RecomputePendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Quiet: a good moment to re-learn the sources if anything changed since the last pass.
                StartLearningIfDue(quiet: true, stoppingToken);
                settled.WorkerIdle(_learning is null && _changedSinceLearn == 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            CollectFinishedLearning();
        }
        if (_learning is not null)
        {
            await _learning.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RecomputePendingAsync(CancellationToken stoppingToken)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        quiet.CancelAfter(QuietPeriod);
        var (variables, fresh) = await queue.TakeAsync(quiet.Token);
        settled.WorkerIdle(false);
        var sources = await projection.LoadSourcesAsync(stoppingToken);
        foreach (var variable in variables)
        {
            await computer.RecomputeAsync(variable, sources, stoppingToken);
        }
        // Only new changes call for re-learning; refreshing after a pass does not (or passes would chain forever).
        if (fresh)
        {
            _changedSinceLearn += variables.Count;
            if (_learning is not null)
            {
                _changedDuringLearning.UnionWith(variables);
            }
            StartLearningIfDue(quiet: false, stoppingToken);
        }
    }

    private void StartLearningIfDue(bool quiet, CancellationToken ct)
    {
        var due = _changedSinceLearn > 0 && (quiet || _changedSinceLearn >= ChangesForceLearning)
            && DateTime.UtcNow - _lastLearnEnd > Max(MinLearnInterval, _lastLearnTook * 3);
        if (_learning is null && due)
        {
            _changedSinceLearn = 0;
            _learning = LearnAsync(ct);
        }
    }

    private void CollectFinishedLearning()
    {
        if (_learning is { IsCompleted: true })
        {
            _learning = null;
            queue.EnqueueBackground(_changedDuringLearning.ToList());
            _changedDuringLearning.Clear();
        }
    }

    private async Task LearnAsync(CancellationToken ct)
    {
        await Task.Yield();
        var started = DateTime.UtcNow;
        try
        {
            await computer.RelearnAsync(ct);
            LogLearned(logger, (DateTime.UtcNow - started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
        _lastLearnTook = DateTime.UtcNow - started;
        _lastLearnEnd = DateTime.UtcNow;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-learned source parameters over all variables in {ElapsedMs:F0} ms")]
    private static partial void LogLearned(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing timelines failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
