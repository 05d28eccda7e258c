using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources show NAME</c>: one source with its aliases.</summary>
internal sealed class SourcesShowCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _name = new("name") { Description = "Source id or name (sources/{id})." };

    public Command Build()
    {
        var command = new Command("show", HelpText.With("Show one source.", "conflict sources show zelensky", "conflict sources show sources/afp --json")) { _name };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var source = await clients.Sources.GetSourceAsync(new GetSourceRequest { Name = ResourceNames.Of("sources", parse.GetValue(_name)!) }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, source);
        }
        else
        {
            SourceTable.WriteOne(cli.Console, source);
        }
        return ExitCodes.Ok;
    }
}
