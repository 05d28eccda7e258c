namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>A stated quantity on the variable's <see cref="Scale"/>: an interval (equal ends for a point) plus the
/// variance its rounding implies ("about 1,000" is less precise than "1,294").</summary>
/// <param name="Low">Lower end on the scale (-inf for an upper bound).</param>
/// <param name="High">Upper end on the scale (+inf for a lower bound).</param>
/// <param name="RoundingVariance">Variance on the scale from rounding and stated vagueness.</param>
/// <param name="RawLow">Lower end in the measure's unit (NaN when open).</param>
/// <param name="RawHigh">Upper end in the measure's unit (NaN when open).</param>
internal readonly record struct Stated(double Low, double High, double RoundingVariance, double RawLow, double RawHigh)
{
    private const double ApproximateFloor = 0.02 * 0.02;
    private const double ExactFloor = 0.01 * 0.01;
    private const double VaguePointVariance = 0.3 * 0.3;

    /// <summary>True when the statement is a point (possibly rounded) rather than a bound or interval.</summary>
    public bool IsPoint => Low == High;

    /// <summary>Converts a quantity to <paramref name="scale"/>, or returns null when it carries no usable figure.</summary>
    public static Stated? From(Quantity q, Scale scale)
    {
        switch (q.Qualifier)
        {
            case Qualifier.Exact:
            case Qualifier.Approximate:
                var p = q.Point ?? q.Low ?? q.High;
                return p is { } v && double.IsFinite(v) ? Point(v, q.Qualifier == Qualifier.Approximate, scale) : null;
            case Qualifier.AtLeast:
            case Qualifier.MoreThan:
                return (q.Low ?? q.Point) is { } lower ? Interval(lower, double.NaN, scale) : null;
            case Qualifier.AtMost:
            case Qualifier.LessThan:
                return (q.High ?? q.Point) is { } upper ? Interval(double.NaN, upper, scale) : null;
            default:
                if (q.Low is { } l && q.High is { } h)
                {
                    return l == h ? Point(l, true, scale) : Interval(Math.Min(l, h), Math.Max(l, h), scale);
                }
                if (q.Point is { } vp)
                {
                    var s = Point(vp, true, scale);
                    return s with { RoundingVariance = s.RoundingVariance + (q.Qualifier == Qualifier.Vague ? VaguePointVariance : 0) };
                }
                return q.Low is { } ol ? Interval(ol, double.NaN, scale) : q.High is { } oh ? Interval(double.NaN, oh, scale) : null;
        }
    }

    private static Stated Point(double x, bool approximate, Scale scale)
    {
        x = scale.IsLog ? Math.Max(x, 0) : x;
        var z = scale.To(x);
        var halfWidth = Granularity(Math.Abs(x)) / 2 * scale.Slope(x);
        // A uniform rounding error of +-h has variance h^2/3; stated exact figures are still often rounded a little.
        var rounding = halfWidth * halfWidth / 3;
        var variance = approximate ? ApproximateFloor + rounding : ExactFloor + rounding / 4;
        return new Stated(z, z, variance, x, x);
    }

    private static Stated Interval(double low, double high, Scale scale) => new(
        double.IsNaN(low) ? double.NegativeInfinity : scale.To(low),
        double.IsNaN(high) ? double.PositiveInfinity : scale.To(high), 0, low, high);

    /// <summary>The rounding step a figure suggests: the largest power of ten dividing it, assuming at most two
    /// significant digits were dropped ("1,000" is read as rounded to 100, "800" to 10).</summary>
    internal static double Granularity(double x)
    {
        if (x < 10 || x != Math.Floor(x))
        {
            return x < 10 ? 0.5 : 0;
        }
        var digits = (int)Math.Floor(Math.Log10(x)) + 1;
        var cap = Math.Pow(10, Math.Max(digits - 2, 0));
        var step = 1.0;
        while (step * 10 <= cap && x % (step * 10) == 0)
        {
            step *= 10;
        }
        return step;
    }
}
