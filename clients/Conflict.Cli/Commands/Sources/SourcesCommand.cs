using System.CommandLine;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources add|list|show|resolve|import</c>.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext cli, GlobalOptions globals) => new("sources", HelpText.With(
        "Manage who speaks: people, bodies, outlets, with their aliases and alignment.",
        "conflict sources list --party ua",
        "conflict sources resolve \"le président Zelensky\" --language fr"))
    {
        new SourcesAddCommand(cli, globals).Build(),
        new SourcesListCommand(cli, globals).Build(),
        new SourcesShowCommand(cli, globals).Build(),
        new SourcesResolveCommand(cli, globals).Build(),
        new SourcesImportCommand(cli, globals).Build(),
    };
}
