namespace Conflict.Sources;

/// <summary>A source as stored: its row and its aliases in order.</summary>
internal sealed record SourceRecord(SourceRow Row, IReadOnlyList<AliasRow> Aliases)
{
    public string Id => Row.Id;

    public bool IsDeleted => Row.DeleteMs != 0;
}
