namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>A variable turned into arrays: nodes (days), statements (relays collapsed) and observations.</summary>
internal sealed class PreparedVariable
{
    /// <summary>The variable.</summary>
    public required VariableSpec Spec { get; init; }
    /// <summary>Index of the measure (drift is per measure).</summary>
    public required int Measure { get; init; }
    /// <summary>Node days (DateOnly.DayNumber), ascending.</summary>
    public required int[] Days { get; init; }
    /// <summary>True for nodes that carry evidence (the others come from the daily grid).</summary>
    public required bool[] HasEvidence { get; init; }
    /// <summary>The independent statements.</summary>
    public required Statement[] Statements { get; init; }
    /// <summary>For each input claim, its statement (-1 when it carries no usable figure).</summary>
    public required int[] ClaimStatement { get; init; }
    /// <summary>The input claims.</summary>
    public required IReadOnlyList<ClaimInput> Claims { get; init; }
    /// <summary>Evidence per node (numeric variables).</summary>
    public required Observation[] Observations { get; init; }
    /// <summary>Category names (categorical variables).</summary>
    public required string[] Categories { get; init; }
    /// <summary>The scale the figures are modelled on.</summary>
    public required Scale Scale { get; init; }
    /// <summary>Prior mean of the first node (on <see cref="Scale"/>), from the stated figures.</summary>
    public required double PriorMean { get; init; }
    /// <summary>True when some observation needs expectation propagation.</summary>
    public required bool HasAdaptive { get; init; }

    /// <summary>True when some observation is a flow over a period.</summary>
    public bool HasFlows { get; init; }

    /// <summary>True for categorical variables.</summary>
    public bool IsCategorical => Spec.Kind == MeasureKind.Categorical;

    /// <summary>The node of a day, or -1.</summary>
    public int NodeOf(int day) => Array.BinarySearch(Days, day) is var i && i >= 0 ? i : -1;
}
