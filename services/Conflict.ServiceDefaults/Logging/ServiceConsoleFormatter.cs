using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Conflict.ServiceDefaults.Logging;

/// <summary>
/// One line per entry, prefixed with the service name so the logs of a whole suite started together can be told
/// apart: <c>08:41:07.123 sources info Grpc.AspNetCore.Server: message</c>.
/// </summary>
internal sealed class ServiceConsoleFormatter(IOptionsMonitor<ServiceConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "conflict";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }
        var time = DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
        textWriter.Write($"{time} {options.CurrentValue.ServiceName} {Level(logEntry.LogLevel)} {logEntry.Category}: {message}{Environment.NewLine}");
        if (logEntry.Exception is not null)
        {
            textWriter.Write(logEntry.Exception.ToString() + Environment.NewLine);
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
