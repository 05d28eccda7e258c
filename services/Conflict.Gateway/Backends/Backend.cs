namespace Conflict.Gateway.Backends;

/// <summary>The services behind the gateway.</summary>
internal enum Backend
{
    Sources,
    Claims,
    Reconciliation,
}
