using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary><c>conflict conflicts</c>: groups of claims that cannot all be true.</summary>
internal sealed class ConflictsCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Option<string?> _variable = new("--variable") { Description = "Only conflicts about this variable." };

    public Command Build()
    {
        var command = new Command("conflicts", HelpText.With(
            "List groups of claims that cannot all be true within their stated precision.",
            "conflict conflicts",
            "conflict conflicts --variable localities_controlled/ua/RU-KRS --json")) { _variable };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var request = new ListConflictsRequest { Variable = parse.GetValue(_variable) ?? "", PageSize = 1000 };
        var all = new ListConflictsResponse();
        do
        {
            var page = await clients.Reconciliation.ListConflictsAsync(request, ct.Call());
            all.Conflicts.AddRange(page.Conflicts);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, all);
            return ExitCodes.Ok;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Variable", "From", "To", "Separation (σ)", "Claims", "Description");
        foreach (var conflict in all.Conflicts)
        {
            table.AddRow(
                Markup.Escape(conflict.Variable), conflict.StartDate, conflict.EndDate, Numbers.Display(conflict.Separation),
                conflict.Claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(conflict.Description));
        }
        cli.Console.Write(table);
        cli.Out.WriteLine($"{all.Conflicts.Count} conflicts.");
        return ExitCodes.Ok;
    }
}
