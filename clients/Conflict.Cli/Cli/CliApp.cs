using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Conflict.Cli.Commands;

namespace Conflict.Cli.Cli;

/// <summary>Builds the command tree and runs one command line.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext cli)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(HelpText.With(
            "conflict: record what sources claim about a war and read the reconciled timelines.",
            "conflict up --demo",
            "conflict timeline area_controlled/ua/RU-KRS --format chart",
            "conflict claims import demo/claims.csv",
            "conflict --server http://10.0.0.5 conflicts"));
        globals.AddTo(root);
        foreach (var command in CommandCatalog.Create(cli, globals))
        {
            root.Add(command);
        }
        ShortenSubcommandRows(root);
        return root;
    }

    /// <summary>
    /// Moves each command's examples out of its description (so listings stay one line per command) into a
    /// help action that prints them after the usual sections.
    /// </summary>
    private static void ShortenSubcommandRows(RootCommand root)
    {
        var examples = new Dictionary<Command, string>();
        var pending = new Stack<Command>([root]);
        while (pending.TryPop(out var command))
        {
            var description = command.Description ?? "";
            var split = description.IndexOf(HelpText.ExamplesHeading, StringComparison.Ordinal);
            if (split >= 0)
            {
                command.Description = description[..split].TrimEnd();
                examples[command] = description[split..].TrimStart();
            }
            foreach (var sub in command.Subcommands)
            {
                pending.Push(sub);
            }
        }
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new ExamplesHelpAction(help, examples);
            }
        }
    }

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken ct = default)
    {
        var root = Build(cli);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                cli.Err.WriteLine($"error: {error.Message}");
            }
            var path = string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Skip(1).Select(c => c.Name).Append(parse.CommandResult.Command.Name));
            cli.Err.WriteLine($"Run '{(parse.CommandResult.Command == root ? "conflict" : "conflict " + path)} --help' for usage.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = cli.Out,
            Error = cli.Err,
            // `up` needs time to stop its services after Ctrl+C or SIGTERM.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(20),
        };
        return await parse.InvokeAsync(configuration, ct);
    }
}
