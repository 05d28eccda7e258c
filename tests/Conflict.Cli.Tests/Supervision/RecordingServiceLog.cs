using System.Collections.Concurrent;
using Conflict.Cli.Supervision;

namespace Conflict.Cli.Tests.Supervision;

/// <summary>Keeps everything the supervisor reports, for assertions.</summary>
internal sealed class RecordingServiceLog : IServiceLog
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<string> Statuses { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    public void Line(string service, string line, bool isError) => Lines.Enqueue($"{service}|{(isError ? "err" : "out")}|{line}");

    public void Status(string message) => Statuses.Enqueue(message);

    public void Error(string message) => Errors.Enqueue(message);

    /// <summary>The process id the supervisor reported when it started <paramref name="service"/>.</summary>
    public int PidOf(string service)
    {
        var status = Statuses.First(s => s.StartsWith($"started {service} (pid ", StringComparison.Ordinal));
        var start = status.IndexOf("pid ", StringComparison.Ordinal) + 4;
        return int.Parse(status[start..status.IndexOf(')', start)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
