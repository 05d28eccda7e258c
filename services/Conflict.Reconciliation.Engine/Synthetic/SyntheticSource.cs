namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>A simulated source with its true behaviour (log scale).</summary>
/// <param name="Name">Claimant name.</param>
/// <param name="Alignment">Party it is aligned with, or null.</param>
/// <param name="Noise">Standard deviation of its errors.</param>
/// <param name="Bias">General bias.</param>
/// <param name="Partisan">Partisan bias toward its side.</param>
/// <param name="Activity">Relative frequency of its statements.</param>
/// <param name="LagProbability">Probability that a figure is stale (from a few days earlier).</param>
internal sealed record SyntheticSource(string Name, string? Alignment, double Noise, double Bias, double Partisan, double Activity, double LagProbability);
