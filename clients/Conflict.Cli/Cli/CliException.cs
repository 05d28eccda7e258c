namespace Conflict.Cli.Cli;

/// <summary>A failure the user can act on, reported on stderr without a stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Error) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>A bad argument value that the parser could not catch (exit code 2).</summary>
    public static CliException Usage(string message) => new(message, ExitCodes.Usage);
}
