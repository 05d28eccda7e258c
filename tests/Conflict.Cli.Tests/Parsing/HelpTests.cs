using System.CommandLine;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Tests.Parsing;

public sealed class HelpTests
{
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        var root = CliApp.Build(CliContext.ForWriters(TextWriter.Null, TextWriter.Null));
        var pending = new Stack<(string Path, Command Command)>(root.Subcommands.Select(c => (c.Name, c)));
        while (pending.TryPop(out var item))
        {
            data.Add(item.Path);
            foreach (var sub in item.Command.Subcommands)
            {
                pending.Push((item.Path + " " + sub.Name, sub));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public async Task Help_EveryCommand_ShowsUsageAndExamples(string path)
    {
        // Act
        var run = await CliRun.RunAsync(null, [.. path.Split(' '), "--help"]);
        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("  conflict ", run.Out[run.Out.IndexOf("Examples:", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Root_ListsEveryCommandOnOneLine()
    {
        // Act
        var run = await CliRun.RunAsync(null, "--help");
        // Assert
        foreach (var name in new[] { "up", "sources", "claims", "measures", "ingest", "extract", "timeline", "explain", "conflicts", "assess", "watch", "fuse", "bench" })
        {
            Assert.Contains(Environment.NewLine + "  " + name, run.Out, StringComparison.Ordinal);
        }
        var commands = run.Out[run.Out.IndexOf("Commands:", StringComparison.Ordinal)..run.Out.IndexOf("Examples:", StringComparison.Ordinal)];
        Assert.DoesNotContain("conflict ", commands, StringComparison.Ordinal);
    }
}
