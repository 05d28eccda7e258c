using System.CommandLine;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext cli, GlobalOptions globals)
    {
        yield return new UpCommand(cli).Build();
        yield return Sources.SourcesCommand.Create(cli, globals);
        yield return Claims.ClaimsCommand.Create(cli, globals);
        yield return new MeasuresCommand(cli, globals).Build();
        yield return new IngestCommand(cli, globals).Build();
        yield return new ExtractCommand(cli, globals).Build();
        yield return new Reconciliation.TimelineCommand(cli, globals).Build();
        yield return new Reconciliation.ExplainCommand(cli, globals).Build();
        yield return new Reconciliation.ConflictsCommand(cli, globals).Build();
        yield return new Reconciliation.AssessCommand(cli, globals).Build();
        yield return new Reconciliation.WatchCommand(cli, globals).Build();
        yield return new Reconciliation.FuseCommand(cli, globals).Build();
        yield return new BenchCommand(cli, globals).Build();
        yield return new TokensCommand(cli).Build();
    }
}
