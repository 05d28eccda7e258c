namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>What learning leaves behind: prepared variables, final parameter arrays and the public model.</summary>
internal sealed record LearnedState(
    PreparedVariable[] Prepared, SourceArrays Sources, double[] Drift, Dictionary<string, int> Measures, SourceModel Model);
