using Conflict.Reconciliation.V1;
using Spectre.Console;

namespace Conflict.Cli.Formatting;

/// <summary>A timeline as a table: one row per day with its estimate and 90% credible interval.</summary>
internal static class TimelineTable
{
    public static void Write(IAnsiConsole console, Timeline timeline)
    {
        console.WriteLine(Title(timeline));
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

    public static string Title(Timeline timeline) =>
        $"{timeline.Variable} ({timeline.Unit}), method {MethodNames.Name(timeline.Method)}, revision {timeline.Revision}, "
        + $"{timeline.Points.Count} days, {timeline.Evidence.Count} claims";

    public static string Interval(TimelinePoint point) => $"{Numbers.Display(point.Low)} – {Numbers.Display(point.High)}";
}
