using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// Keeps the timelines of this replica's partitions current. Dirty variables come first, the oldest marks first, a
/// batch per transaction; when a new source model has been stored, every variable of an owned partition is then
/// recomputed with it, a slice at a time between dirty batches, so a new claim never waits behind a whole refresh.
/// A partition whose lease is lost mid-way is simply dropped: its new owner finds the same dirty rows and the same
/// stale model revision, and does the work again.
/// </summary>
internal sealed partial class PartitionWorker(LeaseManager leases, LeaseStore leaseStore, WorkStore work, ModelStore models, ProjectionStore projection,
    TimelineComputer computer, ReplicaSignals signals, ILogger<PartitionWorker> logger) : BackgroundService
{
    private const int DirtyBatch = 64;
    private const int RefreshSlice = 32;
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(1);

    /// <summary>Per owned partition being refreshed: the model revision and lease epoch it is for, and what is left.</summary>
    private readonly Dictionary<int, (long Model, long Epoch, Queue<string> Left)> _refresh = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            Task wake = Task.WhenAny(signals.Dirty.Next, signals.Model.Next, leases.Changed.Next);
            try
            {
                if (!await StepAsync(stoppingToken))
                {
                    // Nothing to do: wait for a wake-up, or look again shortly in case one was missed (a lost connection).
                    await wake.WaitAsync(IdleCheck, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
            catch (LeaseLostException lost)
            {
                leases.Lost(lost.Lease);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>One unit of work; false when there was nothing to do.</summary>
    private async Task<bool> StepAsync(CancellationToken ct)
    {
        var owned = leases.Partitions;
        if (owned.Count == 0)
        {
            return false;
        }
        var model = await models.CurrentAsync(ct);
        var dirty = await work.DirtyAsync(owned.Keys, DirtyBatch, ct);
        if (dirty.Count > 0)
        {
            await computer.RecomputeAsync([.. dirty.Select(d => (d.Variable, (long?)d.Mark))], owned, model.Model, ct);
            return true;
        }
        var stale = owned.Where(p => p.Value.ModelRevision < model.Revision).OrderBy(p => p.Key).ToList();
        if (stale.Count == 0)
        {
            _refresh.Clear();
            return false;
        }
        var (partition, lease) = stale[0];
        await PlanRefreshAsync(stale, model.Revision, ct);
        var left = _refresh[partition].Left;
        var slice = new List<(string, long?)>(RefreshSlice);
        while (slice.Count < RefreshSlice && left.TryDequeue(out var variable))
        {
            slice.Add((variable, null));
        }
        if (slice.Count > 0)
        {
            await computer.RecomputeAsync(slice, owned, model.Model, ct);
        }
        if (left.Count == 0)
        {
            await leaseStore.SetModelRevisionAsync(lease, model.Revision, ct);
            leases.Refreshed(lease, model.Revision);
            _refresh.Remove(partition);
            LogRefreshed(logger, partition, model.Revision);
        }
        return true;
    }

    /// <summary>Lists the variables of every stale partition not yet planned for this model and lease (one scan).</summary>
    private async Task PlanRefreshAsync(IReadOnlyList<KeyValuePair<int, Lease>> stale, long model, CancellationToken ct)
    {
        var unplanned = stale.Where(p => !_refresh.TryGetValue(p.Key, out var r) || r.Model != model || r.Epoch != p.Value.Epoch).ToList();
        if (unplanned.Count == 0)
        {
            return;
        }
        var variables = await projection.ListVariablesAsync(ct);
        foreach (var (partition, lease) in unplanned)
        {
            _refresh[partition] = (model, lease.Epoch, new Queue<string>(variables.Where(v => Partitions.Of(v) == partition)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recomputed partition {Partition} with source model {Revision}")]
    private static partial void LogRefreshed(ILogger logger, int partition, long revision);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recomputing timelines failed; retrying")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
