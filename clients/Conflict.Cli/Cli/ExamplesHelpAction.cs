using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Conflict.Cli.Cli;

/// <summary>The standard help, followed by the command's examples.</summary>
internal sealed class ExamplesHelpAction(HelpAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text);
            output.WriteLine();
        }
        return ExitCodes.Ok;
    }
}
