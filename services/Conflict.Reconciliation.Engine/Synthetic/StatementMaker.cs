namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>Turns a source's perceived figure into a stated quantity the way people state figures: exact, rounded,
/// lower and upper bounds rounded outward, ranges, and vague orders of magnitude ("hundreds").</summary>
internal static class StatementMaker
{
    /// <summary>A stated quantity for the perceived value.</summary>
    public static Quantity State(Random random, double perceived)
    {
        var u = random.NextDouble();
        if (u < 0.42)
        {
            return Quantity.Exact(Math.Round(perceived));
        }
        if (u < 0.70)
        {
            return Quantity.About(Rounding.Significant(perceived, random.NextDouble() < 0.25 ? 1 : 2));
        }
        if (u < 0.82)
        {
            var bound = Rounding.Down(perceived * random.Uniform(0.75, 1.0), random.Next(1, 3));
            return random.NextDouble() < 0.5 ? Quantity.MoreThan(bound) : Quantity.AtLeast(bound);
        }
        if (u < 0.86)
        {
            return Quantity.AtMost(Rounding.Up(perceived * random.Uniform(1.0, 1.25), random.Next(1, 3)));
        }
        if (u < 0.95)
        {
            var low = Rounding.Down(perceived * random.Uniform(0.8, 0.97), 2);
            var high = Rounding.Up(perceived * random.Uniform(1.03, 1.2), 2);
            return Quantity.Between(low, Math.Max(high, low + 1));
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(perceived, 1))));
        return new Quantity(Qualifier.Vague, magnitude, magnitude * 10 - 1);
    }
}
