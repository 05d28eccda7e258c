using System.Text;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// The fixed split of variables into partitions, each owned by one replica at a time. The hash is FNV-1a of the
/// variable's UTF-8 bytes: stable across processes, machines and .NET versions (string.GetHashCode is randomised
/// per process, so two replicas would disagree). Changing <see cref="Count"/> moves variables between partitions,
/// which is safe only with every replica stopped.
/// </summary>
internal static class Partitions
{
    public const int Count = 16;

    /// <summary>The lease of the coordinator: the replica that follows the feeds and learns the source parameters.</summary>
    public const string CoordinatorLease = "coordinator";

    public static IEnumerable<string> AllLeases => Enumerable.Range(0, Count).Select(LeaseOf).Prepend(CoordinatorLease);

    public static int Of(string variable)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(variable))
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash % Count);
    }

    public static string LeaseOf(int partition) => $"partition/{partition:00}";

    public static bool TryParse(string lease, out int partition)
    {
        partition = -1;
        return lease.StartsWith("partition/", StringComparison.Ordinal) && int.TryParse(lease.AsSpan(10), out partition);
    }
}
