using Conflict.Cli.Cli;

namespace Conflict.EndToEnd.Tests;

/// <summary>Runs the console client in process against the suite, capturing what it prints.</summary>
internal static class Client
{
    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(SuiteProcess suite, params string[] args) =>
        await RunAsync(suite, new StringWriter(), CancellationToken.None, args);

    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(SuiteProcess suite, StringWriter output, CancellationToken ct, params string[] args)
    {
        var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["CONFLICT_STATE_DIR"] = suite.StateDirectory };
        var exit = await CliApp.RunAsync([.. suite.ServerArguments, .. args], CliContext.ForWriters(output, error, environment), ct);
        return (exit, output.ToString(), error.ToString());
    }

    public static string Repository(params string[] parts) =>
        Path.Combine([Conflict.Cli.Supervision.RepositoryLayout.FindRoot()!, .. parts]);
}
