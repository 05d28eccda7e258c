namespace Conflict.Reconciliation.Timelines;

/// <summary>A variable with its latest computed timeline and conflicts (serialized protobuf messages).</summary>
internal sealed record VariableRow
{
    public required string Variable { get; init; }
    public string Measure { get; init; } = "";
    public string Party { get; init; } = "";
    public string Place { get; init; } = "";
    public int ClaimCount { get; init; }
    public int StatementCount { get; init; }
    public int FirstDay { get; init; }
    public int LastDay { get; init; }
    public long Revision { get; init; }
    public long UpdatedMs { get; init; }
    public byte[]? Timeline { get; init; }
    public byte[]? Conflicts { get; init; }
}
