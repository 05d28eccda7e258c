using Conflict.Reconciliation.V1;
using Conflict.Type.V1;

namespace Conflict.Cli.Formatting;

/// <summary>
/// Draws a timeline in plain text: the 90% interval as a shaded band, the estimate as a line of stars and
/// each claim as a marker at its as-of day (o stated value, ^ lower bound, v upper bound, x range).
/// </summary>
internal static class TimelineChart
{
    public const char Band = '░';
    public const char Estimate = '*';
    public const string Legend = "* estimate   ░ 90% interval   o claim   ^ at least / more than   v at most / less than   x range";

    public static IReadOnlyList<string> Render(Timeline timeline, int width = 72, int height = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 4);
        if (TimelineTable.IsCategorical(timeline))
        {
            return [$"{timeline.Variable}: a categorical timeline has no chart; use --format table"];
        }
        var claims = timeline.Evidence.Select(Marker).OfType<ClaimMark>().ToList();
        var points = timeline.Points.Select(p => (Day: DayNumber(p.Date), Point: p)).Where(p => p.Day is not null)
            .Select(p => (Day: p.Day!.Value, p.Point)).OrderBy(p => p.Day).ToList();
        if (points.Count == 0 && claims.Count == 0)
        {
            return [$"{timeline.Variable}: no data"];
        }
        var scale = ChartScale.Fit(points, claims.Select(c => (c.Day, c.Value)), width, height);
        var grid = Enumerable.Range(0, height).Select(_ => Enumerable.Repeat(' ', width).ToArray()).ToArray();
        DrawBand(grid, points, scale);
        foreach (var claim in claims)
        {
            grid[scale.Row(claim.Value)][scale.Column(claim.Day)] = claim.Symbol;
        }
        return Frame(grid, scale, timeline);
    }

    private static void DrawBand(char[][] grid, List<(int Day, TimelinePoint Point)> points, ChartScale scale)
    {
        if (points.Count == 0)
        {
            return;
        }
        var first = scale.Column(points[0].Day);
        var last = scale.Column(points[^1].Day);
        for (var column = first; column <= last; column++)
        {
            var (low, estimate, high) = Interpolate(points, scale.DayAt(column));
            for (var row = scale.Row(high); row <= scale.Row(low); row++)
            {
                grid[row][column] = Band;
            }
            grid[scale.Row(estimate)][column] = Estimate;
        }
    }

    /// <summary>The interval and estimate at a (fractional) day, linear between the surrounding points.</summary>
    private static (double Low, double Estimate, double High) Interpolate(List<(int Day, TimelinePoint Point)> points, double day)
    {
        var after = points.FindIndex(p => p.Day >= day);
        if (after <= 0)
        {
            var p = points[Math.Max(after, 0)].Point;
            return (p.Low, p.Estimate, p.High);
        }
        var (d0, a) = points[after - 1];
        var (d1, b) = points[after];
        var t = d1 == d0 ? 1 : (day - d0) / (d1 - d0);
        double Lerp(double x, double y) => x + ((y - x) * t);
        return (Lerp(a.Low, b.Low), Lerp(a.Estimate, b.Estimate), Lerp(a.High, b.High));
    }

    private static List<string> Frame(char[][] grid, ChartScale scale, Timeline timeline)
    {
        var lines = new List<string> { $"{timeline.Variable} ({timeline.Unit})" };
        for (var row = 0; row < grid.Length; row++)
        {
            var label = row == 0 || row == grid.Length - 1 || row == grid.Length / 2 ? Numbers.Display(scale.ValueAt(row)) : "";
            lines.Add($"{label,10} ┤{new string(grid[row]).TrimEnd()}");
        }
        var width = grid[0].Length;
        lines.Add(new string(' ', 11) + "└" + new string('─', width));
        var from = DayText(scale.MinDay);
        var to = DayText(scale.MaxDay);
        lines.Add(new string(' ', 12) + from + to.PadLeft(Math.Max(width - from.Length, to.Length + 1)));
        lines.Add(new string(' ', 12) + Legend);
        return lines;
    }

    private sealed record ClaimMark(int Day, double Value, char Symbol);

    private static ClaimMark? Marker(Evidence evidence)
    {
        var day = DayNumber(evidence.AsOf?.EndDate is { Length: > 0 } end ? end : evidence.AsOf?.StartDate);
        if (day is null || evidence.Quantity is null || QuantityText.Representative(evidence.Quantity) is not { } value)
        {
            return null;
        }
        var symbol = evidence.Quantity.Qualifier switch
        {
            Qualifier.AtLeast or Qualifier.MoreThan => '^',
            Qualifier.AtMost or Qualifier.LessThan => 'v',
            Qualifier.Range or Qualifier.Vague => 'x',
            _ => 'o',
        };
        return new ClaimMark(day.Value, value, symbol);
    }

    internal static int? DayNumber(string? date) => Dates.TryParseDay(date, out var day) ? day.DayNumber : null;

    private static string DayText(int dayNumber) =>
        DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
