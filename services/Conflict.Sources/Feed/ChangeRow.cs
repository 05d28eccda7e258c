namespace Conflict.Sources.Feed;

/// <summary>One row of <c>source_changes</c>: a change and the source as it was right after it (JSON).</summary>
internal sealed record ChangeRow
{
    public long Sequence { get; init; }

    public required string SourceId { get; init; }

    public long ChangeType { get; init; }

    public long ChangeMs { get; init; }

    public required string Snapshot { get; init; }
}
