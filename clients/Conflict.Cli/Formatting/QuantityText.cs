using Conflict.Type.V1;

namespace Conflict.Cli.Formatting;

/// <summary>Renders a quantity the way a reader would say it: "more than 1,000 km2", "about 720 km2".</summary>
internal static class QuantityText
{
    public static string Format(Quantity? quantity)
    {
        if (quantity is null)
        {
            return "";
        }
        var unit = quantity.Unit is "" or "count" ? "" : " " + quantity.Unit;
        string N(double? v) => v is { } d ? Numbers.Display(d) : "?";
        var text = quantity.Qualifier switch
        {
            Qualifier.Exact => N(Point(quantity)),
            Qualifier.Approximate => "about " + N(Point(quantity)),
            Qualifier.AtLeast => "at least " + N(quantity.HasLow ? quantity.Low : null),
            Qualifier.MoreThan => "more than " + N(quantity.HasLow ? quantity.Low : null),
            Qualifier.AtMost => "at most " + N(quantity.HasHigh ? quantity.High : null),
            Qualifier.LessThan => "less than " + N(quantity.HasHigh ? quantity.High : null),
            Qualifier.Range => $"{N(quantity.HasLow ? quantity.Low : null)} to {N(quantity.HasHigh ? quantity.High : null)}",
            Qualifier.Vague => $"roughly {N(quantity.HasLow ? quantity.Low : null)} to {N(quantity.HasHigh ? quantity.High : null)}",
            _ => N(Point(quantity)),
        };
        return text + unit;
    }

    /// <summary>The value to plot for a quantity: its point, else the middle of its bounds, else its one bound.</summary>
    public static double? Representative(Quantity quantity) => quantity switch
    {
        { HasPoint: true } => quantity.Point,
        { HasLow: true, HasHigh: true } => (quantity.Low + quantity.High) / 2,
        { HasLow: true } => quantity.Low,
        { HasHigh: true } => quantity.High,
        _ => null,
    };

    private static double? Point(Quantity quantity) => quantity.HasPoint ? quantity.Point : Representative(quantity);
}
