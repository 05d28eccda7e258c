namespace Conflict.Claims.Feed;

/// <summary>A row of <c>claim_changes</c>.</summary>
internal sealed record ChangeRow
{
    public long Sequence { get; init; }
    public int ChangeType { get; init; }
    public long ChangeMs { get; init; }
}
