using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands;

/// <summary><c>conflict measures list</c>: the measure catalog.</summary>
internal sealed class MeasuresCommand(CliContext cli, GlobalOptions globals)
{
    public Command Build()
    {
        var list = new Command("list", HelpText.With("List the measure catalog.", "conflict measures list", "conflict measures list --json"));
        list.SetRunner(cli, RunAsync);
        return new Command("measures", HelpText.With("Read the catalog of what claims measure.", "conflict measures list")) { list };
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var all = new ListMeasuresResponse();
        var request = new ListMeasuresRequest { PageSize = 1000 };
        do
        {
            var page = await clients.Claims.ListMeasuresAsync(request, ct.Call());
            all.Measures.AddRange(page.Measures);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, all);
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Measure", "Unit", "Kind", "Name", "Trigger words");
        foreach (var measure in all.Measures)
        {
            table.AddRow(
                Markup.Escape(measure.Name.Replace("measures/", "", StringComparison.Ordinal)),
                Markup.Escape(measure.Unit),
                measure.Kind.ToString().ToLowerInvariant(),
                Markup.Escape(measure.DisplayNames.FirstOrDefault(n => n.Language == "en")?.Text ?? measure.DisplayNames.FirstOrDefault()?.Text ?? ""),
                Markup.Escape(string.Join(", ", measure.TriggerWords.Select(w => $"{w.Text} ({w.Language})"))));
        }
        cli.Console.Write(table);
        return ExitCodes.Ok;
    }
}
