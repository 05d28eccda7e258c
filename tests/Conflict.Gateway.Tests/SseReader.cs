using System.Text;

namespace Conflict.Gateway.Tests;

/// <summary>Reads server-sent events (event name and data), skipping comments and retry fields.</summary>
internal sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public sealed record Event(string Name, string Data);

    public async Task<Event?> NextAsync(CancellationToken ct)
    {
        var name = "message";
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    return new Event(name, data.ToString());
                }
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(line["data: ".Length..]);
            }
        }
        return null;
    }

    public void Dispose() => _reader.Dispose();
}
