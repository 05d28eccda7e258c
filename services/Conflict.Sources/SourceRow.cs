namespace Conflict.Sources;

/// <summary>One row of <c>sources</c>. Enums are integers, times Unix milliseconds, <c>DeleteMs</c> 0 while active.</summary>
internal sealed record SourceRow
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public long Kind { get; init; }

    public string Country { get; init; } = "";

    public string AlignedParty { get; init; } = "";

    public string ParentId { get; init; } = "";

    public long Person { get; init; }

    public long PriorGrade { get; init; }

    public string Description { get; init; } = "";

    public long CreateMs { get; init; }

    public long UpdateMs { get; init; }

    public long DeleteMs { get; init; }

    /// <summary>The principal that created the source; '' for sources stored before principals were recorded.</summary>
    public string Creator { get; init; } = "";

    /// <summary>The principal of the last change (the creator until one).</summary>
    public string Updater { get; init; } = "";

    /// <summary>The feed sequence of the last change; the etag is derived from it.</summary>
    public long Revision { get; init; }
}
