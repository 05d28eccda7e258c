namespace Conflict.Sources.Writes;

/// <summary>The new values computed from the current source inside the write transaction, or why they are invalid.</summary>
internal sealed record UpdatePlan(SourceDraft? Draft, IReadOnlyList<FieldProblem> Problems);
