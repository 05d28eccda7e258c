using Microsoft.Extensions.Logging.Console;

namespace Conflict.ServiceDefaults.Logging;

/// <summary>Options of <see cref="ServiceConsoleFormatter"/>.</summary>
internal sealed class ServiceConsoleFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>The prefix of every line, e.g. <c>sources</c>.</summary>
    public string ServiceName { get; set; } = "service";
}
