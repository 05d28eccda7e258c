namespace Conflict.Extraction.Numbers;

/// <summary>How precisely a figure is stated. The names follow the <c>conflict.type.v1.Qualifier</c> contract, which
/// callers map to; the library does not depend on the generated types (nor on the reconciliation engine, which has
/// its own enum for the same reason: each library stands alone).</summary>
public enum Qualifier
{
    /// <summary>Not determined.</summary>
    Unspecified,
    /// <summary>Stated as exact ("28 villages").</summary>
    Exact,
    /// <summary>Stated as approximate ("about 1,000").</summary>
    Approximate,
    /// <summary>At least <c>low</c>.</summary>
    AtLeast,
    /// <summary>More than <c>low</c>.</summary>
    MoreThan,
    /// <summary>At most <c>high</c>.</summary>
    AtMost,
    /// <summary>Less than <c>high</c>.</summary>
    LessThan,
    /// <summary>Between <c>low</c> and <c>high</c>.</summary>
    Range,
    /// <summary>A vague magnitude ("hundreds"), between <c>low</c> and <c>high</c>.</summary>
    Vague,
}
