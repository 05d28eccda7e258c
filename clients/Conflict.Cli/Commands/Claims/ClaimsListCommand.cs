using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Commands.Claims;

/// <summary><c>conflict claims list</c>: claims in creation order, with filters.</summary>
internal sealed class ClaimsListCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Option<string?> _variable = new("--variable") { Description = "Only this variable, e.g. area_controlled/ua/RU-KRS." };
    private readonly Option<string?> _measure = new("--measure", "-m") { Description = "Only this measure id." };
    private readonly Option<string?> _claimant = new("--claimant", "-c") { Description = "Only claims by this source id." };
    private readonly Option<string?> _reporter = new("--reporter", "-r") { Description = "Only claims relayed by this source id." };
    private readonly Option<string?> _document = new("--document") { Description = "Only claims from this document." };
    private readonly Option<string?> _from = new("--from") { Description = "Only claims about this day or later (YYYY-MM-DD)." };
    private readonly Option<string?> _to = new("--to") { Description = "Only claims about this day or earlier (YYYY-MM-DD)." };
    private readonly Option<string?> _state = new("--state") { Description = "Only active, superseded or retracted claims." };
    private readonly Option<int> _limit = new("--limit", "-n") { Description = "At most this many (0 = all).", DefaultValueFactory = _ => 0 };

    public Command Build()
    {
        var command = new Command("list", HelpText.With(
            "List claims in creation order.",
            "conflict claims list --variable area_controlled/ua/RU-KRS",
            "conflict claims list --measure localities_controlled --from 2024-08-10 --to 2024-08-20 --json"))
        {
            _variable, _measure, _claimant, _reporter, _document, _from, _to, _state, _limit,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var request = new ListClaimsRequest
        {
            Variable = parse.GetValue(_variable) ?? "",
            Measure = parse.GetValue(_measure) is { Length: > 0 } m ? ResourceNames.Of("measures", m) : "",
            Claimant = parse.GetValue(_claimant) is { Length: > 0 } c ? ResourceNames.Of("sources", c) : "",
            Reporter = parse.GetValue(_reporter) is { Length: > 0 } r ? ResourceNames.Of("sources", r) : "",
            Document = parse.GetValue(_document) is { Length: > 0 } d ? ResourceNames.Of("documents", d) : "",
            AsOfFrom = Dates.Day(parse.GetValue(_from), "--from"),
            AsOfTo = Dates.Day(parse.GetValue(_to), "--to"),
            State = State(parse.GetValue(_state)),
        };
        using var clients = globals.Clients(parse, cli);
        var all = await ClaimPages.ReadAsync(clients.Claims, request, parse.GetValue(_limit), ct);
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, all);
        }
        else
        {
            ClaimTable.Write(cli.Console, all.Claims);
        }
        return ExitCodes.Ok;
    }

    private static ClaimState State(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => ClaimState.Unspecified,
        "active" => ClaimState.Active,
        "superseded" => ClaimState.Superseded,
        "retracted" => ClaimState.Retracted,
        _ => throw CliException.Usage($"--state: '{text}' is not active, superseded or retracted."),
    };
}
