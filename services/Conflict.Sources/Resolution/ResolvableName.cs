namespace Conflict.Sources.Resolution;

/// <summary>A display name or alias as written, with its language (empty for every language).</summary>
internal sealed record ResolvableName(string Text, string Language);
