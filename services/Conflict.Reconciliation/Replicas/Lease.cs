namespace Conflict.Reconciliation.Replicas;

/// <summary>A lease this replica holds: its name, the epoch it was taken with (the fence), and for a partition the
/// model revision its variables were last recomputed with.</summary>
internal sealed record Lease(string Name, string Owner, long Epoch, long ModelRevision);

/// <summary>A write under a lease found that the lease had been taken over or released: nothing was written.</summary>
internal sealed class LeaseLostException(string lease) : Exception($"The lease {lease} is no longer held by this replica.")
{
    public string Lease { get; } = lease;
}
