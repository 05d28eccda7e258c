namespace Conflict.Sources;

/// <summary>One row of <c>source_names</c>: a normalized name and the source that holds it.</summary>
internal sealed record NameOwnerRow
{
    public required string NameKey { get; init; }

    public required string SourceId { get; init; }

    public long IsAlias { get; init; }
}
