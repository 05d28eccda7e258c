namespace Conflict.Reconciliation.Engine;

/// <summary>What the data say about one source, overall (Measure null) or for one measure.</summary>
/// <param name="Source">The claimant.</param>
/// <param name="Measure">The measure, or null for the source over all measures.</param>
/// <param name="Statements">Independent statements it made (for the measure, if given).</param>
/// <param name="Noise">Typical relative error (standard deviation on the log scale: 0.1 is about 10%).</param>
/// <param name="NoiseLow">Lower end of the 90% interval of <paramref name="Noise"/>.</param>
/// <param name="NoiseHigh">Upper end of the 90% interval of <paramref name="Noise"/>.</param>
/// <param name="Bias">Systematic bias on the log scale toward its side (positive: overstates its side's gains and
/// understates its losses; for an independent source: overstates). Per measure: mean signed residual.</param>
/// <param name="BiasLow">Lower end of the 90% interval of <paramref name="Bias"/>.</param>
/// <param name="BiasHigh">Upper end of the 90% interval of <paramref name="Bias"/>.</param>
/// <param name="Accuracy">Probability that its categorical claims are right (prior-driven without categorical data).</param>
/// <param name="Summary">One sentence for people.</param>
public sealed record SourceAssessment(
    string Source, string? Measure, int Statements, double Noise, double NoiseLow, double NoiseHigh,
    double Bias, double BiasLow, double BiasHigh, double Accuracy, string Summary);
