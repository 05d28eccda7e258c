namespace Conflict.Sources.Writes;

/// <summary>One problem with one request field, as a BadRequest field violation reports it.</summary>
internal sealed record FieldProblem(string Field, string Description);
