namespace Conflict.Client;

/// <summary>The parts of the suite a client can address.</summary>
public enum ConflictService
{
    Sources,
    Claims,
    Reconciliation,
    Gateway,
}
