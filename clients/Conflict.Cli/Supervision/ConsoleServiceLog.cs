using Spectre.Console;

namespace Conflict.Cli.Supervision;

/// <summary>Service output on stdout, each line prefixed with its service's name (coloured on a terminal).</summary>
internal sealed class ConsoleServiceLog(IAnsiConsole console, TextWriter error, bool showServiceOutput) : IServiceLog
{
    private static readonly Dictionary<string, string> Colors = new()
    {
        ["sources"] = "deepskyblue1", ["claims"] = "green", ["reconciliation"] = "orange1", ["gateway"] = "mediumpurple",
    };

    private readonly Lock _gate = new();

    public void Line(string service, string line, bool isError)
    {
        if (!showServiceOutput)
        {
            return;
        }
        var color = Colors.GetValueOrDefault(service, "grey");
        lock (_gate)
        {
            console.MarkupLine($"[{color}]{Markup.Escape(service),-14}|[/] {Markup.Escape(line)}");
        }
    }

    public void Status(string message)
    {
        lock (_gate)
        {
            console.MarkupLine($"[bold]{"conflict",-14}|[/] {Markup.Escape(message)}");
        }
    }

    /// <summary>Writes several lines (a table, a chart) without service output in between.</summary>
    public void Block(Action<IAnsiConsole> write)
    {
        lock (_gate)
        {
            write(console);
        }
    }

    public void Error(string message)
    {
        lock (_gate)
        {
            error.WriteLine($"error: {message}");
        }
    }
}
