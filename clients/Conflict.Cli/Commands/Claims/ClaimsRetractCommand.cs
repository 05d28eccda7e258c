using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Commands.Claims;

/// <summary><c>conflict claims retract NAME --reason TEXT</c>.</summary>
internal sealed class ClaimsRetractCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _name = new("name") { Description = "Claim id or name (claims/{id})." };
    private readonly Option<string?> _reason = new("--reason", "-r") { Description = "Why the claim is retracted." };

    public Command Build()
    {
        var command = new Command("retract", HelpText.With(
            "Record that a claim was retracted; the claim stays on record in its retracted state.",
            "conflict claims retract claims/0192f0c4a1b27d3e --reason \"the outlet withdrew the figure\"")) { _name, _reason };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var claim = await clients.Claims.RetractClaimAsync(new RetractClaimRequest
        {
            Name = ResourceNames.Of("claims", parse.GetValue(_name)!),
            Reason = parse.GetValue(_reason) ?? "",
        }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, claim);
        }
        else
        {
            cli.Out.WriteLine($"Retracted {claim.Name}.");
        }
        return ExitCodes.Ok;
    }
}
