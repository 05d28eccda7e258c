namespace Conflict.Reconciliation.Engine;

/// <summary>How a measure behaves over time.</summary>
public enum MeasureKind
{
    /// <summary>A level that moves smoothly and can rise or fall (area controlled).</summary>
    Level,
    /// <summary>A running total that never falls (civilians killed).</summary>
    Cumulative,
    /// <summary>An amount over a period (area gained): the change of a non-decreasing total.</summary>
    Flow,
    /// <summary>A category that can switch over time ("who controls Sudzha").</summary>
    Categorical,
}
