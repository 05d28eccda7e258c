using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Commands.Claims;

/// <summary><c>conflict claims show NAME</c>.</summary>
internal sealed class ClaimsShowCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _name = new("name") { Description = "Claim id or name (claims/{id})." };

    public Command Build()
    {
        var command = new Command("show", HelpText.With("Show one claim with its provenance.", "conflict claims show claims/0192f0c4a1b27d3e", "conflict claims show 0192f0c4a1b27d3e --json")) { _name };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var claim = await clients.Claims.GetClaimAsync(new GetClaimRequest { Name = ResourceNames.Of("claims", parse.GetValue(_name)!) }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, claim);
        }
        else
        {
            ClaimTable.WriteOne(cli.Console, claim);
        }
        return ExitCodes.Ok;
    }
}
