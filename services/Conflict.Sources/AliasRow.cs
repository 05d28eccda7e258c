namespace Conflict.Sources;

/// <summary>One row of <c>source_aliases</c>.</summary>
internal sealed record AliasRow
{
    public required string SourceId { get; init; }

    public long Position { get; init; }

    public required string Name { get; init; }

    public string Language { get; init; } = "";
}
