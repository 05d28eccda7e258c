namespace Conflict.Claims.Claims;

/// <summary>The Sources service could not be reached or failed; the caller answers UNAVAILABLE.</summary>
internal sealed class SourcesUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
