namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>A statement as it bears on its node (log scale).</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end (equal to <paramref name="Low"/> for a point).</param>
/// <param name="Noise">Total noise variance at the node.</param>
/// <param name="Bias">Bias to remove at the node.</param>
/// <param name="Kappa">Scale from the statement's own log units to the node's (1 except for flows over periods).</param>
/// <param name="NonSource">Noise variance that is not the source's own, in the statement's units (rounding, bias
/// uncertainty, the flow's start).</param>
internal readonly record struct Effective(double Low, double High, double Noise, double Bias, double Kappa, double NonSource);
