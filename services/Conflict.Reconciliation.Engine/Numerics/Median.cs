namespace Conflict.Reconciliation.Engine.Numerics;

/// <summary>The median of a list of numbers.</summary>
internal static class Median
{
    /// <summary>The median (mean of the middle two for an even count; 0 for none). Sorts <paramref name="values"/>
    /// in place: callers pass scratch lists.</summary>
    public static double Of(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n == 0 ? 0 : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
