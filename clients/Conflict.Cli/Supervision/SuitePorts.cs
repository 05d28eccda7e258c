namespace Conflict.Cli.Supervision;

/// <summary>The local ports of the four processes of the suite.</summary>
internal sealed record SuitePorts(int Sources, int Claims, int Reconciliation, int Gateway);
