namespace Conflict.Sources.Writes;

/// <summary>The writable fields of a source, already validated.</summary>
internal sealed record SourceDraft
{
    public required string DisplayName { get; init; }

    public long Kind { get; init; }

    public string Country { get; init; } = "";

    public string AlignedParty { get; init; } = "";

    public string ParentId { get; init; } = "";

    public bool Person { get; init; }

    public long PriorGrade { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<(string Name, string Language)> Aliases { get; init; } = [];
}
