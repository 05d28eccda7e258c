namespace Conflict.Reconciliation.Engine;

/// <summary>A stated quantity: a point, a bound or an interval, in the measure's unit.</summary>
/// <param name="Qualifier">How precisely it was stated.</param>
/// <param name="Low">Lower end for bounds, ranges and vague figures.</param>
/// <param name="High">Upper end for bounds, ranges and vague figures.</param>
/// <param name="Point">The stated figure for exact and approximate points (optional for vague ones).</param>
public sealed record Quantity(Qualifier Qualifier, double? Low = null, double? High = null, double? Point = null)
{
    /// <summary>An exact point.</summary>
    public static Quantity Exact(double value) => new(Qualifier.Exact, Point: value);

    /// <summary>A rounded point.</summary>
    public static Quantity About(double value) => new(Qualifier.Approximate, Point: value);

    /// <summary>A strict lower bound.</summary>
    public static Quantity MoreThan(double low) => new(Qualifier.MoreThan, Low: low);

    /// <summary>A lower bound.</summary>
    public static Quantity AtLeast(double low) => new(Qualifier.AtLeast, Low: low);

    /// <summary>An upper bound.</summary>
    public static Quantity AtMost(double high) => new(Qualifier.AtMost, High: high);

    /// <summary>An interval.</summary>
    public static Quantity Between(double low, double high) => new(Qualifier.Range, low, high);

    /// <summary>A representative single value (baselines use it): the point, the middle of a range, or the bound.</summary>
    public double Representative() => Qualifier switch
    {
        Qualifier.Exact or Qualifier.Approximate => Point ?? Low ?? High ?? 0,
        Qualifier.AtLeast or Qualifier.MoreThan => Low ?? Point ?? 0,
        Qualifier.AtMost or Qualifier.LessThan => High ?? Point ?? 0,
        _ => Point ?? (Low is { } l && High is { } h ? (l + h) / 2 : Low ?? High ?? 0),
    };
}
