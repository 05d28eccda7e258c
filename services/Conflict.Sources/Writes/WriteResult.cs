namespace Conflict.Sources.Writes;

/// <summary>
/// The outcome of a write: the source as committed, or why nothing was written, with the field problems and the
/// other sources involved (for an alias already in use).
/// </summary>
internal sealed record WriteResult(WriteStatus Status, SourceRecord? Source, IReadOnlyList<FieldProblem> Problems, IReadOnlyList<string> OtherSources)
{
    public string Message { get; init; } = "";

    public static WriteResult Ok(SourceRecord source) => new(WriteStatus.Ok, source, [], []);

    public static WriteResult Fail(WriteStatus status, string message) => new(status, null, [], []) { Message = message };

    public static WriteResult Invalid(IReadOnlyList<FieldProblem> problems)
        => new(WriteStatus.Invalid, null, problems, []) { Message = "The source has invalid fields." };

    /// <summary>The same failure, with field paths under a prefix (an import item's position).</summary>
    public WriteResult Under(string prefix)
        => this with { Problems = [.. Problems.Select(p => p with { Field = prefix + p.Field })] };
}
