using System.CommandLine;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext cli, GlobalOptions globals)
    {
        yield return Sources.SourcesCommand.Create(cli, globals);
        yield return Claims.ClaimsCommand.Create(cli, globals);
    }
}
