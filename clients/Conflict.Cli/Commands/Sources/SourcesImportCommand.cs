using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Cli.Importing;
using Grpc.Core;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources import FILE</c>: loads a JSON source catalog, idempotently.</summary>
internal sealed class SourcesImportCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _file = new("file") { Description = "JSON array of sources (proto3 JSON, optional \"id\")." };

    public Command Build()
    {
        var command = new Command("import", HelpText.With(
            "Import a source catalog; items already imported are skipped, so re-running is safe.",
            "conflict sources import demo/sources.json")) { _file };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var items = SourceFileReader.Read(parse.GetValue(_file)!);
        using var clients = globals.Clients(parse, cli);
        var response = await SourceImport.RunAsync(clients.Sources, items, ct);
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, response);
        }
        else
        {
            cli.Out.WriteLine($"Sources: {response.CreatedCount} created, {response.ExistingCount} already there ({items.Count} in file).");
        }
        return ExitCodes.Ok;
    }
}
