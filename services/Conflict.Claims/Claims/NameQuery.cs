namespace Conflict.Claims.Claims;

/// <summary>A name as written, with what helps resolve it: the document's language and publisher.</summary>
internal sealed record NameQuery(string Text, string Language, string Publisher);
