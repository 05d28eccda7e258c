using System.Collections.Immutable;
using Conflict.ServiceDefaults.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// Takes, renews and hands back this replica's leases, once per heartbeat. Each replica aims at its fair share of
/// the partitions (ceiling of partitions / live replicas): it takes free or expired ones up to it and releases the
/// ones above it, so a replica that joins gets work within two heartbeats and a dead one's work is taken over once
/// its leases expire. Any replica may become the coordinator when that lease is free. On SQLite, which one process
/// uses at a time, the replica takes every lease at start instead of waiting out the leases of a killed predecessor.
/// </summary>
internal sealed partial class LeaseManager(LeaseStore store, IDbConnectionFactory db, IOptions<ReplicaOptions> options, ILogger<LeaseManager> logger)
    : BackgroundService
{
    private readonly ReplicaOptions _options = options.Value;
    private ImmutableDictionary<string, Lease> _held = ImmutableDictionary<string, Lease>.Empty.WithComparers(StringComparer.Ordinal);
    private CoordinatorTerm? _term;
    private TaskCompletionSource<CoordinatorTerm> _coordinator = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _coordinatorHeldElsewhere;

    /// <summary>Notified whenever the leases held change.</summary>
    public ChangeSignal Changed { get; } = new();

    public string ReplicaId => _options.Id;

    /// <summary>The partitions this replica owns now, with their leases.</summary>
    public IReadOnlyDictionary<int, Lease> Partitions
    {
        get
        {
            var owned = new Dictionary<int, Lease>();
            foreach (var lease in Volatile.Read(ref _held).Values)
            {
                if (Replicas.Partitions.TryParse(lease.Name, out var partition))
                {
                    owned[partition] = lease;
                }
            }
            return owned;
        }
    }

    /// <summary>True when another replica holds the coordinator lease (so this one need not follow the feeds).</summary>
    public bool CoordinatorHeldElsewhere => Volatile.Read(ref _coordinatorHeldElsewhere);

    /// <summary>Completes when this replica is the coordinator; the term's token is cancelled when it stops being it.</summary>
    public Task<CoordinatorTerm> CoordinatorAsync(CancellationToken ct)
    {
        lock (Changed)
        {
            return _term is { Lost.IsCancellationRequested: false } term ? Task.FromResult(term) : _coordinator.Task.WaitAsync(ct);
        }
    }

    /// <summary>A write found the lease gone: forget it now rather than at the next heartbeat.</summary>
    public void Lost(string lease)
    {
        if (ImmutableInterlocked.TryRemove(ref _held, lease, out _))
        {
            LogLost(logger, lease);
            if (lease == Replicas.Partitions.CoordinatorLease)
            {
                EndTerm();
            }
            Changed.Notify();
        }
    }

    /// <summary>After a partition's variables were all recomputed with a model, so the next heartbeat's copy agrees.</summary>
    public void Refreshed(Lease lease, long modelRevision) =>
        ImmutableInterlocked.TryUpdate(ref _held, lease.Name, lease with { ModelRevision = modelRevision }, lease);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var steal = db.Provider == StorageProvider.Sqlite;
        var ensured = false;
        using var timer = new PeriodicTimer(_options.Heartbeat);
        do
        {
            try
            {
                if (!ensured)
                {
                    await store.EnsureLeasesAsync(stoppingToken);
                    ensured = true;
                }
                await BeatAsync(steal, stoppingToken);
                steal = false;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogBeatFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // A clean shutdown hands its work over at once instead of after the lease period.
        var held = Interlocked.Exchange(ref _held, _held.Clear());
        EndTerm();
        Changed.Notify();
        foreach (var lease in held.Values)
        {
            await store.ReleaseAsync(lease, cancellationToken);
        }
    }

    private async Task BeatAsync(bool steal, CancellationToken ct)
    {
        var ttl = (long)(_options.LeaseSeconds * 1000);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var beat = await store.HeartbeatAsync(_options.Id, now, ttl, ct);
        var held = beat.Held.ToDictionary(l => l.Name, StringComparer.Ordinal);
        // SQLite has one replica; a killed predecessor's heartbeat must not halve the new process's share.
        var live = db.Provider == StorageProvider.Sqlite ? 1 : beat.LiveReplicas;
        var share = (Replicas.Partitions.Count + live - 1) / live;
        var mine = held.Keys.Where(n => Replicas.Partitions.TryParse(n, out _)).Order(StringComparer.Ordinal).ToList();
        foreach (var name in mine.Skip(share))
        {
            await store.ReleaseAsync(held[name], ct);
            held.Remove(name);
        }
        var partitionsHeld = Math.Min(mine.Count, share);
        foreach (var name in (steal ? Replicas.Partitions.AllLeases : beat.Free).Where(n => !held.ContainsKey(n)).ToList())
        {
            var partition = name != Replicas.Partitions.CoordinatorLease;
            if (partition && partitionsHeld >= share)
            {
                continue;
            }
            if (await store.TryAcquireAsync(name, _options.Id, now, ttl, steal, ct) is { } lease)
            {
                held[name] = lease;
                partitionsHeld += partition ? 1 : 0;
                LogAcquired(logger, name, lease.Epoch);
            }
        }
        Publish(held, coordinatorFree: beat.Free.Contains(Replicas.Partitions.CoordinatorLease));
    }

    private void Publish(Dictionary<string, Lease> held, bool coordinatorFree)
    {
        var before = Volatile.Read(ref _held);
        // A partition refreshed while this heartbeat read the table keeps the newer model revision it recorded.
        foreach (var (name, lease) in held.ToList())
        {
            if (before.TryGetValue(name, out var known) && known.Epoch == lease.Epoch && known.ModelRevision > lease.ModelRevision)
            {
                held[name] = known;
            }
        }
        Volatile.Write(ref _held, held.ToImmutableDictionary(StringComparer.Ordinal));
        var coordinator = held.TryGetValue(Replicas.Partitions.CoordinatorLease, out var c) ? c : null;
        Volatile.Write(ref _coordinatorHeldElsewhere, coordinator is null && !coordinatorFree);
        lock (Changed)
        {
            if (coordinator is not null && (_term is null || _term.Lease.Epoch != coordinator.Epoch))
            {
                EndTerm();
                _term = new CoordinatorTerm(coordinator);
                _coordinator.TrySetResult(_term);
            }
            else if (coordinator is null)
            {
                EndTerm();
            }
        }
        if (before.Count != held.Count || held.Any(h => !before.TryGetValue(h.Key, out var b) || b.Epoch != h.Value.Epoch))
        {
            Changed.Notify();
        }
    }

    private void EndTerm()
    {
        lock (Changed)
        {
            if (_term is null)
            {
                return;
            }
            _term.End();
            _term = null;
            _coordinator = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Took the lease {Lease} (epoch {Epoch})")]
    private static partial void LogAcquired(ILogger logger, string lease, long epoch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease {Lease}: another replica holds it now")]
    private static partial void LogLost(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease heartbeat failed; retrying at the next one")]
    private static partial void LogBeatFailed(ILogger logger, Exception exception);
}

/// <summary>One uninterrupted period as coordinator: its lease (the fence of its writes) and a token cancelled when it ends.</summary>
/// <remarks>Its token source is cancelled, never disposed: workers may still be linking to the token as the term ends,
/// and a source without a timer holds nothing that disposal would free.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "See remarks: the source is cancelled, not disposed.")]
internal sealed class CoordinatorTerm(Lease lease)
{
    private readonly CancellationTokenSource _lost = new();

    public Lease Lease { get; } = lease;

    public CancellationToken Lost => _lost.Token;

    public void End() => _lost.Cancel();
}
