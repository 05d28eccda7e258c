using System.Diagnostics;

namespace Conflict.Cli.Cli;

/// <summary>
/// One activity per command, so that when something listens (a test, or a host with OpenTelemetry) every call the
/// command makes carries its W3C trace context and the services' spans join the command's trace.
/// </summary>
internal static class CliTelemetry
{
    public static readonly ActivitySource Source = new("Conflict.Cli");
}
