namespace Conflict.Reconciliation.Engine;

/// <summary>Claims about overlapping times that cannot all be true within their stated precision.</summary>
/// <param name="ClaimIds">The claims, one per statement, sorted.</param>
/// <param name="From">First day concerned.</param>
/// <param name="To">Last day concerned.</param>
/// <param name="Separation">Largest standardised gap between two of them (above the threshold, 3 by default).</param>
/// <param name="Ratio">Largest ratio between their figures (ends of the stated intervals facing each other).</param>
public sealed record ConflictGroup(IReadOnlyList<string> ClaimIds, DateOnly From, DateOnly To, double Separation, double Ratio);
