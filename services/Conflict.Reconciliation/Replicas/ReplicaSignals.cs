using Conflict.ServiceDefaults.Storage;

namespace Conflict.Reconciliation.Replicas;

/// <summary>The wake-ups of this replica's workers: set in process by its own commits and, on PostgreSQL, by the
/// notifications of other replicas' commits.</summary>
internal sealed class ReplicaSignals
{
    /// <summary>Variables were marked dirty (the projection moved).</summary>
    public ChangeSignal Dirty { get; } = new();

    /// <summary>A new source model was stored.</summary>
    public ChangeSignal Model { get; } = new();
}
