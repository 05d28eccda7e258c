using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Formatting;

/// <summary>A timeline as CSV: date, estimate, low, high, statement_count, interpolated.</summary>
internal static class TimelineCsv
{
    public const string Header = "date,estimate,low,high,statement_count,interpolated";

    private static string CsvEscape(string value) => Files.CsvReader.Escape(value);

    public static void Write(TextWriter output, Timeline timeline)
    {
        var categorical = TimelineTable.IsCategorical(timeline);
        output.WriteLine(categorical ? Header + ",category,probability" : Header);
        foreach (var point in timeline.Points)
        {
            var extra = categorical ? "," + CsvEscape(point.Category) + "," + Numbers.Plain(point.Probability) : "";
            output.WriteLine(string.Join(',',
                point.Date,
                Numbers.Plain(point.Estimate),
                Numbers.Plain(point.Low),
                Numbers.Plain(point.High),
                Numbers.Plain(point.StatementCount),
                point.Interpolated ? "true" : "false") + extra);
        }
    }
}
