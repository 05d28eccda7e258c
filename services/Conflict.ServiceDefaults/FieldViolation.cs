namespace Conflict.ServiceDefaults;

/// <summary>One bad field of a request, from google.rpc.BadRequest.</summary>
public sealed record FieldViolation(string Field, string Description);
