using Conflict.Client;
using Conflict.Client.Auth;
using Grpc.Core;
using Grpc.Net.Client;
using Spectre.Console;

namespace Conflict.Cli.Cli;

/// <summary>
/// What a command may touch outside itself: its output streams, the environment and how channels are made.
/// Tests build one over string writers.
/// </summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Func<string, string?> environment, bool interactive)
{
    private IAnsiConsole? _console;

    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    /// <summary>Reads an environment variable (tests pass their own lookup).</summary>
    public Func<string, string?> Environment { get; } = environment;

    /// <summary>True when stdout is a terminal: progress bars and colours are worth drawing.</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Makes the channel to a service address with what the caller presents and trusts.</summary>
    public Func<string, ClientSecurity, GrpcChannel> ChannelFactory { get; init; } = (address, security) => ChannelDefaults.CreateChannel(address, security: security);

    /// <summary>When set, calls go to these invokers instead of channels (tests answer them in memory).</summary>
    public Func<string, CallInvoker>? InvokerFactory { get; init; }

    /// <summary>Spectre console over <see cref="Out"/>, plain text unless stdout is a terminal.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole();

    private IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!Interactive)
        {
            // Redirected output has no width; keep table rows on one line for grep and diff.
            console.Profile.Width = 160;
        }
        return console;
    }

    public static CliContext ForConsole() => new(
        System.Console.Out,
        System.Console.Error,
        System.Environment.GetEnvironmentVariable,
        !System.Console.IsOutputRedirected);

    /// <summary>A context over the given writers, reading no environment, never interactive.</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment = null) => new(
        output,
        error,
        name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        interactive: false);
}
