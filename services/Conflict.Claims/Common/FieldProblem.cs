namespace Conflict.Claims.Common;

/// <summary>One bad field of a request: its path (<c>claim.quantity.low</c>) and what is wrong with it.</summary>
internal sealed record FieldProblem(string Field, string Description);
