using Conflict.Reconciliation.V1;
using Spectre.Console;

namespace Conflict.Cli.Formatting;

/// <summary>A timeline as a table: one row per day with its estimate and 90% credible interval.</summary>
internal static class TimelineTable
{
    public static void Write(IAnsiConsole console, Timeline timeline)
    {
        console.WriteLine(Title(timeline));
        if (IsCategorical(timeline))
        {
            WriteCategorical(console, timeline);
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Date");
        table.AddColumn(new TableColumn("Estimate").RightAligned());
        table.AddColumn(new TableColumn("90% interval").RightAligned());
        table.AddColumn(new TableColumn("Statements").RightAligned());
        table.AddColumn("");
        foreach (var point in timeline.Points)
        {
            table.AddRow(
                point.Date,
                Numbers.Display(point.Estimate),
                Interval(point),
                point.StatementCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                point.Interpolated ? "interpolated" : "");
        }
        console.Write(table);
    }

    /// <summary>True when the variable is categorical (who holds a town): points carry a category, not a number.</summary>
    public static bool IsCategorical(Timeline timeline) => timeline.Points.Any(p => p.Category.Length > 0);

    private static void WriteCategorical(IAnsiConsole console, Timeline timeline)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Date", "Category", "Probability", "Statements", "");
        foreach (var point in timeline.Points)
        {
            table.AddRow(point.Date, Markup.Escape(point.Category), Numbers.Display(point.Probability),
                point.StatementCount.ToString(System.Globalization.CultureInfo.InvariantCulture), point.Interpolated ? "interpolated" : "");
        }
        console.Write(table);
    }

    public static string Title(Timeline timeline) =>
        $"{timeline.Variable} ({timeline.Unit}), method {MethodNames.Name(timeline.Method)}, revision {timeline.Revision}, "
        + $"{timeline.Points.Count} days, {timeline.Evidence.Count} claims";

    public static string Interval(TimelinePoint point) => $"{Numbers.Display(point.Low)} – {Numbers.Display(point.High)}";
}
