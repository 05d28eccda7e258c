using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Formatting;

/// <summary>A timeline as CSV: date, estimate, low, high, statement_count, interpolated.</summary>
internal static class TimelineCsv
{
    public const string Header = "date,estimate,low,high,statement_count,interpolated";

    public static void Write(TextWriter output, Timeline timeline)
    {
        output.WriteLine(Header);
        foreach (var point in timeline.Points)
        {
            output.WriteLine(string.Join(',',
                point.Date,
                Numbers.Plain(point.Estimate),
                Numbers.Plain(point.Low),
                Numbers.Plain(point.High),
                Numbers.Plain(point.StatementCount),
                point.Interpolated ? "true" : "false"));
        }
    }
}
