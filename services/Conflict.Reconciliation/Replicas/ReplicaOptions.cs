namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// How this replica takes part in the work (<c>Replica:*</c> settings). The defaults suit one replica on SQLite and
/// several on PostgreSQL alike; nothing needs setting to add a replica.
/// </summary>
internal sealed class ReplicaOptions
{
    /// <summary>This replica's name in the lease table; unique per process unless set (e.g. to a pod name).</summary>
    public string Id { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>How long a lease lasts without renewal: a dead replica's work is taken over after at most this long.</summary>
    public double LeaseSeconds { get; set; } = 5;

    /// <summary>Renewals happen five times per lease period, so a slow tick or two never loses a lease.</summary>
    public TimeSpan Heartbeat => TimeSpan.FromSeconds(LeaseSeconds / 5);
}
