using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Formatting;

/// <summary>Maps days to columns and values to rows (row 0 at the top) for <see cref="TimelineChart"/>.</summary>
internal sealed record ChartScale(int MinDay, int MaxDay, double MinValue, double MaxValue, int Width, int Height)
{
    public static ChartScale Fit(IReadOnlyList<(int Day, TimelinePoint Point)> points, IEnumerable<(int Day, double Value)> claims, int width, int height)
    {
        var claimList = claims.ToList();
        var days = points.Select(p => p.Day).Concat(claimList.Select(c => c.Day)).ToList();
        var values = points.SelectMany(p => new[] { p.Point.Low, p.Point.High, p.Point.Estimate })
            .Concat(claimList.Select(c => c.Value)).ToList();
        var (minDay, maxDay) = (days.Min(), days.Max());
        if (minDay == maxDay)
        {
            (minDay, maxDay) = (minDay - 1, maxDay + 1);
        }
        var (minValue, maxValue) = (Math.Min(0, values.Min()), values.Max());
        if (maxValue - minValue < 1e-9)
        {
            maxValue = minValue + 1;
        }
        // Headroom so the highest claim is not drawn on the frame.
        maxValue += (maxValue - minValue) * 0.05;
        return new ChartScale(minDay, maxDay, minValue, maxValue, width, height);
    }

    public int Column(double day) => Math.Clamp((int)Math.Round((day - MinDay) / (MaxDay - MinDay) * (Width - 1)), 0, Width - 1);

    public int Row(double value) => Math.Clamp((int)Math.Round((MaxValue - value) / (MaxValue - MinValue) * (Height - 1)), 0, Height - 1);

    public double DayAt(int column) => MinDay + ((double)column / (Width - 1) * (MaxDay - MinDay));

    public double ValueAt(int row) => MaxValue - ((double)row / (Height - 1) * (MaxValue - MinValue));
}
