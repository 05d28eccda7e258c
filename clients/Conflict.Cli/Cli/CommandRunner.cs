using System.CommandLine;
using System.Net.Sockets;
using Grpc.Core;

namespace Conflict.Cli.Cli;

/// <summary>Runs a command body and turns its failures into an exit code and a message on stderr.</summary>
internal static class CommandRunner
{
    public static Func<ParseResult, CancellationToken, Task<int>> Wrap(
        CliContext cli, Func<ParseResult, CancellationToken, Task<int>> body) =>
        async (parse, ct) =>
        {
            using var activity = CliTelemetry.Source.StartActivity("conflict " + parse.CommandResult.Command.Name);
            try
            {
                return await body(parse, ct);
            }
            catch (RpcException error)
            {
                ErrorReporter.Report(error, cli.Err);
                return ExitCodes.ServerError;
            }
            catch (CliException error)
            {
                cli.Err.WriteLine($"error: {error.Message}");
                return error.ExitCode;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C on a long-running command (watch, up) is the normal way to end it.
                return ExitCodes.Ok;
            }
            catch (HttpRequestException error)
            {
                cli.Err.WriteLine($"error: UNAVAILABLE: {error.Message}");
                return ExitCodes.ServerError;
            }
            catch (SocketException error)
            {
                cli.Err.WriteLine($"error: UNAVAILABLE: {error.Message}");
                return ExitCodes.ServerError;
            }
            catch (IOException error)
            {
                cli.Err.WriteLine($"error: {error.Message}");
                return ExitCodes.Error;
            }
            catch (UnauthorizedAccessException error)
            {
                cli.Err.WriteLine($"error: {error.Message}");
                return ExitCodes.Error;
            }
        };

    /// <summary>Sets the wrapped body as the command's action.</summary>
    public static void SetRunner(this Command command, CliContext cli, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(Wrap(cli, body));
}
