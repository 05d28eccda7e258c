namespace Conflict.Gateway.Errors;

/// <summary>One bad field of a request, from google.rpc.BadRequest.</summary>
internal sealed record FieldViolation(string Field, string Description);
