using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Grpc.Core;

namespace Conflict.Cli.Commands.Claims;

/// <summary>
/// <c>conflict claims add</c>: one claim from flags. The flags are the claim file's columns, so one mapper
/// checks both and every problem is reported at once.
/// </summary>
internal sealed class ClaimsAddCommand(CliContext cli, GlobalOptions globals)
{
    private readonly (string Key, Option<string?> Option)[] _fields =
    [
        ("claimant", new("--claimant", "-c") { Description = "Who made the claim: a name as written, or sources/{id}.", Required = true }),
        ("reporter", new("--reporter", "-r") { Description = "Who relayed it: a name as written, or sources/{id}." }),
        ("measure", new("--measure", "-m") { Description = "Measure id, e.g. area_controlled.", Required = true }),
        ("party", new("--party") { Description = "Side the figure is about: ua, ru, kp (omit for civilians)." }),
        ("place", new("--place") { Description = "ISO 3166 place: RU-KRS, UA-59, UA.", Required = true }),
        ("qualifier", new("--qualifier", "-q") { Description = "EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE or VAGUE (inferred when omitted)." }),
        ("point", new("--point", "-v") { Description = "The stated value (EXACT, APPROXIMATE)." }),
        ("low", new("--low") { Description = "Lower bound (AT_LEAST, MORE_THAN, RANGE, VAGUE)." }),
        ("high", new("--high") { Description = "Upper bound (AT_MOST, LESS_THAN, RANGE, VAGUE)." }),
        ("unit", new("--unit", "-u") { Description = "Unit as stated: km2, km, count, percent, square miles." }),
        ("asofstart", new("--as-of", "-d") { Description = "Day the claim is about (YYYY-MM-DD), or the first day of the period.", Required = true }),
        ("asofend", new("--as-of-end") { Description = "Last day of the period (YYYY-MM-DD)." }),
        ("quote", new("--quote") { Description = "The verbatim quote." }),
        ("subject", new("--subject") { Description = "For categorical claims: what it is about, e.g. Sudzha." }),
        ("category", new("--category") { Description = "For categorical claims: the category, e.g. ua." }),
        ("requestid", new("--request-id") { Description = "Idempotency key: a retry with the same key creates nothing new." }),
    ];

    public Command Build()
    {
        var command = new Command("add", HelpText.With(
            "Create one claim.",
            "conflict claims add -c \"Oleksandr Syrskyi\" -m area_controlled --party ua --place RU-KRS -q MORE_THAN --low 1000 -u km2 -d 2024-08-12",
            "conflict claims add -c \"UK Ministry of Defence\" -m area_controlled --party ua --place RU-KRS -q APPROXIMATE -v 300 -u km2 -d 2025-03-10"));
        foreach (var (_, option) in _fields)
        {
            command.Add(option);
        }
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var values = _fields.ToDictionary(f => f.Key, f => parse.GetValue(f.Option) ?? "", StringComparer.Ordinal);
        var row = ClaimRowMapper.Map(new ClaimRecord(0, values));
        if (!row.IsValid)
        {
            throw CliException.Usage("the claim is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, row.Errors.Select(e => "  " + e)));
        }
        row.Claim!.Origin = ClaimOrigin.Manual;
        using var clients = globals.Clients(parse, cli);
        var claim = await clients.Claims.CreateClaimAsync(new CreateClaimRequest { Claim = row.Claim, RequestId = values["requestid"] }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, claim);
        }
        else
        {
            cli.Out.WriteLine($"Created {claim.Name}: {ClaimTable.Variable(claim)} {ClaimTable.Value(claim)} as of {ClaimTable.AsOf(claim)}.");
        }
        return ExitCodes.Ok;
    }
}
