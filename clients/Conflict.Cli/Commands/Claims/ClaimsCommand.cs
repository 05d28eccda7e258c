using System.CommandLine;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Commands.Claims;

/// <summary><c>conflict claims add|list|show|import|retract</c>.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext cli, GlobalOptions globals) => new("claims", HelpText.With(
        "Record and read what sources claim, with provenance. Claims are never deleted: retracting keeps the record.",
        "conflict claims list --variable area_controlled/ua/RU-KRS",
        "conflict claims import demo/claims.csv"))
    {
        new ClaimsAddCommand(cli, globals).Build(),
        new ClaimsListCommand(cli, globals).Build(),
        new ClaimsShowCommand(cli, globals).Build(),
        new ClaimsImportCommand(cli, globals).Build(),
        new ClaimsRetractCommand(cli, globals).Build(),
    };
}
