using System.Collections.Concurrent;
using Grpc.Core;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Counts of a fuzz campaign. An answer is <em>unhandled</em> when it can only come from an exception our code did
/// not handle: UNKNOWN (grpc-dotnet's answer to an exception escaping a handler), DATA_LOSS, or INTERNAL for a
/// request that decodes (the gRPC spec keeps INTERNAL for a message that cannot be parsed). A <em>hang</em> is a
/// call that outlives its deadline by more than a grace period; a <em>crash</em> is a service process that exited.
/// </summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<string, int> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _examples = new();
    private long _inputs;
    private long _unhandled;
    private long _hangs;
    private long _crashes;

    public long Inputs => Interlocked.Read(ref _inputs);

    public long Unhandled => Interlocked.Read(ref _unhandled);

    public long Hangs => Interlocked.Read(ref _hangs);

    public long Crashes => Interlocked.Read(ref _crashes);

    public void Answer(string kind, StatusCode code, bool decodable, string detail)
    {
        Interlocked.Increment(ref _inputs);
        _statuses.AddOrUpdate($"{kind} {code}{(decodable ? "" : " (undecodable)")}", 1, (_, n) => n + 1);
        if (code is StatusCode.Unknown or StatusCode.DataLoss || (code == StatusCode.Internal && decodable))
        {
            Interlocked.Increment(ref _unhandled);
            Example($"unhandled {kind}: {code} {detail}");
        }
    }

    public void Hang(string kind, string detail)
    {
        Interlocked.Increment(ref _inputs);
        Interlocked.Increment(ref _hangs);
        Example($"hang {kind}: {detail}");
    }

    /// <summary>An input whose outcome is not a gRPC status (a CLI run, a raw HTTP/2 exchange): good or unhandled.</summary>
    public void Outcome(string kind, bool handled, string detail)
    {
        Interlocked.Increment(ref _inputs);
        _statuses.AddOrUpdate($"{kind} {(handled ? "handled" : "UNHANDLED")}", 1, (_, n) => n + 1);
        if (!handled)
        {
            Interlocked.Increment(ref _unhandled);
            Example($"unhandled {kind}: {detail}");
        }
    }

    public void Crash(string service)
    {
        Interlocked.Increment(ref _crashes);
        Example("crash: " + service + " exited");
    }

    public void Mismatch(string detail) => Example("stored from a rejected request: " + detail);

    public IEnumerable<string> Examples => _examples.Take(20);

    public IEnumerable<(string Kind, int Count)> Statuses => _statuses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    private void Example(string text)
    {
        if (_examples.Count < 50)
        {
            _examples.Enqueue(text.Length > 300 ? text[..300] : text);
        }
    }
}
