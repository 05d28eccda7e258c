namespace Conflict.Reconciliation.Engine;

/// <summary>How precisely a quantity was stated.</summary>
public enum Qualifier
{
    /// <summary>A point stated as exact ("28 settlements").</summary>
    Exact,
    /// <summary>A rounded point ("about 1,000 km²").</summary>
    Approximate,
    /// <summary>A lower bound that may be met ("at least 5").</summary>
    AtLeast,
    /// <summary>A strict lower bound ("more than 1,000").</summary>
    MoreThan,
    /// <summary>An upper bound that may be met ("at most 8,000").</summary>
    AtMost,
    /// <summary>A strict upper bound ("fewer than 100").</summary>
    LessThan,
    /// <summary>An interval ("800 to 900").</summary>
    Range,
    /// <summary>A vague figure with an implied interval ("hundreds").</summary>
    Vague,
}
