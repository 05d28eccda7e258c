namespace Conflict.Interop.Client;

/// <summary>An interop case found the peer behaving other than the case requires.</summary>
internal sealed class InteropFailure(string message) : Exception(message);
