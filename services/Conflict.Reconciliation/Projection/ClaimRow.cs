namespace Conflict.Reconciliation.Projection;

/// <summary>A claim as the projection keeps it: the figure in the measure's canonical unit, days as day numbers.</summary>
internal sealed record ClaimRow
{
    public required string Id { get; init; }
    public required string Variable { get; init; }
    public required string Measure { get; init; }
    public string Claimant { get; init; } = "";
    public string ClaimantText { get; init; } = "";
    public string Reporter { get; init; } = "";
    public string ReporterText { get; init; } = "";
    public string StatementKey { get; init; } = "";
    public int AsOfStart { get; init; }
    public int AsOfEnd { get; init; }
    public int Qualifier { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public double? Point { get; init; }
    public string Unit { get; init; } = "";
    public string ValueText { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Category { get; init; } = "";
    public string Quote { get; init; } = "";
    public int State { get; init; }
}
