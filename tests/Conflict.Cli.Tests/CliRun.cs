using Conflict.Cli.Cli;
using Conflict.Cli.Tests.Fakes;

namespace Conflict.Cli.Tests;

/// <summary>Runs one command line in process, capturing stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Err)
{
    public static async Task<CliRun> RunAsync(FakeCallInvoker? invoker, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = CliContext.ForWriters(output, error);
        if (invoker is not null)
        {
            context = new CliContext(output, error, _ => null, interactive: false) { InvokerFactory = _ => invoker };
        }
        var exit = await CliApp.RunAsync(args, context);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
