using Conflict.Type.V1;

namespace Conflict.Claims.Claims;

/// <summary>A claim's figure as stated and in the measure's unit; all empty for a categorical claim.</summary>
internal sealed record ClaimValue
{
    public static readonly ClaimValue None = new();

    public Qualifier Qualifier { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public double? Point { get; init; }
    public string Unit { get; init; } = "";
    public string Text { get; init; } = "";
    public double? NormLow { get; init; }
    public double? NormHigh { get; init; }
    public double? NormPoint { get; init; }
}
