namespace Conflict.Reconciliation.Projection;

/// <summary>A source as the projection keeps it: what reconciliation needs to weigh its claims.</summary>
internal sealed record SourceRow
{
    public required string Id { get; init; }
    public string DisplayName { get; init; } = "";
    public int Kind { get; init; }
    public string AlignedParty { get; init; } = "";
    public string Parent { get; init; } = "";
    /// <summary>1 when soft-deleted (an integer so the same SQL binds on SQLite and PostgreSQL).</summary>
    public int Deleted { get; init; }
}
