using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Keeps every timeline current: recomputes the variables that changes touched, one at a time with the current
/// source parameters, and re-learns the source parameters jointly over all variables once the feeds go quiet
/// (at most every few seconds, and never more often than three times the last pass took).
/// </summary>
internal sealed partial class TimelineWorker(RecomputeQueue queue, TimelineComputer computer, Projection.ProjectionStore projection, ILogger<TimelineWorker> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MinLearnInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastLearn = await RelearnAsync(stoppingToken);
        var changedSinceLearn = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                quiet.CancelAfter(QuietPeriod);
                var variables = await queue.TakeAllAsync(quiet.Token);
                var sources = await projection.LoadSourcesAsync(stoppingToken);
                foreach (var variable in variables)
                {
                    await computer.RecomputeAsync(variable, sources, stoppingToken);
                }
                changedSinceLearn += variables.Count;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // Quiet: a good moment to re-learn the sources if anything changed since the last pass.
                if (changedSinceLearn > 0 && DateTime.UtcNow - lastLearn.At > Max(MinLearnInterval, lastLearn.Took * 3))
                {
                    lastLearn = await RelearnAsync(stoppingToken);
                    changedSinceLearn = 0;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task<(DateTime At, TimeSpan Took)> RelearnAsync(CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        try
        {
            await computer.RelearnAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
        }
        var took = DateTime.UtcNow - started;
        LogLearned(logger, took.TotalMilliseconds);
        return (DateTime.UtcNow, took);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-learned source parameters over all variables in {ElapsedMs:F0} ms")]
    private static partial void LogLearned(ILogger logger, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing timelines failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
