using Conflict.Grpc;
using Google.Protobuf;
using Grpc.Testing;

namespace Conflict.Interop.Client;

/// <summary>Assertions of the interop cases; a failed one throws <see cref="InteropFailure"/> with the reason.</summary>
internal static class Check
{
    public static void That(bool condition, string reason)
    {
        if (!condition)
        {
            throw new InteropFailure(reason);
        }
    }

    public static void Payload(Payload? payload, int size)
    {
        var body = payload?.Body ?? ByteString.Empty;
        That(body.Length == size, $"payload of {body.Length} bytes, want {size}");
        That(!body.Span.ContainsAnyExcept((byte)0), "payload is not all zeros");
    }

    /// <summary>Runs <paramref name="call"/>, which must fail with <paramref name="code"/>; returns the exception.</summary>
    public static async Task<RpcException> FailsWithAsync(StatusCode code, Func<Task> call, string what = "call")
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            That(e.StatusCode == code, $"{what}: status {e.StatusCode} ({e.Status.Detail}), want {code}");
            return e;
        }
        throw new InteropFailure($"{what} succeeded, want {code}");
    }
}
