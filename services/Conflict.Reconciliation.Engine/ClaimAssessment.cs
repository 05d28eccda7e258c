namespace Conflict.Reconciliation.Engine;

/// <summary>How one claim enters the estimate: enough to explain every point of the timeline.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Date">The day its evidence is attached to (the last day of its period).</param>
/// <param name="Weight">Its share of the posterior precision on that day (0..1); relays share their statement's weight.</param>
/// <param name="Residual">Standardised residual after removing the source's bias: stated minus estimate over the
/// predictive spread; for bounds, the distance by which the estimate violates the bound (0 when satisfied).</param>
/// <param name="Statement">The statement it belongs to (claims with the same value are relays of one statement).</param>
/// <param name="SourceBias">The bias removed from the claim (log scale: 0.2 means it overstates by about 22%).</param>
public sealed record ClaimAssessment(
    string ClaimId, DateOnly Date, double Weight, double Residual, string Statement, double SourceBias);
