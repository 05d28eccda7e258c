using Conflict.Claims.V1;
using Spectre.Console;

namespace Conflict.Cli.Importing;

/// <summary>Prints an import's counts and every rejected row with its reasons.</summary>
internal static class ImportSummaryPrinter
{
    public static void Write(IAnsiConsole console, string file, int rows, ImportClaimsResponse summary)
    {
        var skipped = rows - summary.ReceivedCount;
        console.WriteLine($"{file}: {rows} rows, {summary.CreatedCount} created, {summary.DuplicateCount} duplicates, "
            + $"{summary.RejectedCount} rejected{(skipped > 0 ? $", {skipped} not sent (stopped at the first error)" : "")}.");
        if (summary.Rejections.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Row", "Request id", "Reasons");
        foreach (var rejection in summary.Rejections)
        {
            var reasons = rejection.Reasons.ToList();
            var row = reasons.Count > 0 && reasons[0].StartsWith("line ", StringComparison.Ordinal) ? reasons[0] : "";
            table.AddRow(
                Markup.Escape(row),
                Markup.Escape(rejection.RequestId),
                Markup.Escape(string.Join("; ", row.Length > 0 ? reasons.Skip(1) : reasons)));
        }
        console.Write(table);
    }
}
