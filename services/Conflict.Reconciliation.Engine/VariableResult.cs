namespace Conflict.Reconciliation.Engine;

/// <summary>The reconciled timeline of one variable.</summary>
/// <param name="Key">The variable's key.</param>
/// <param name="Timeline">One point per date with evidence (and per day between them on request), in date order.</param>
/// <param name="Claims">How each claim contributes.</param>
/// <param name="Conflicts">Groups of mutually incompatible claims.</param>
public sealed record VariableResult(
    string Key, IReadOnlyList<TimelinePoint> Timeline, IReadOnlyList<ClaimAssessment> Claims, IReadOnlyList<ConflictGroup> Conflicts)
{
    /// <summary>The point on a date, or null when the timeline has none there.</summary>
    public TimelinePoint? At(DateOnly date)
    {
        foreach (var p in Timeline)
        {
            if (p.Date == date)
            {
                return p;
            }
        }
        return null;
    }
}
