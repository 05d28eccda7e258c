using Conflict.Grpc;
using Grpc.Testing;
using static Conflict.Interop.Client.StreamingCases;

namespace Conflict.Interop.Client;

/// <summary>
/// Cases that push on limits the standard set leaves alone: message size limits, many concurrent calls on one
/// connection, every status code, and multi-megabyte streams through HTTP/2 flow control.
/// </summary>
internal static class StressCases
{
    private const int Mib = 1024 * 1024;

    private static CallOptions Long() => new CallOptions().WithTimeout(TimeSpan.FromSeconds(30));

    public static async Task MaxMessageSize(InteropContext t)
    {
        // Default limits on both sides are 4 MiB: the server refuses a larger request, the client a larger response.
        await Check.FailsWithAsync(StatusCode.ResourceExhausted, async () => await t.Test.UnaryCallAsync(new SimpleRequest { ResponseSize = 1, Payload = Zeros((4 * Mib) + 1) }, Long()), "request over 4 MiB");
        await Check.FailsWithAsync(StatusCode.ResourceExhausted, async () => await t.Test.UnaryCallAsync(new SimpleRequest { ResponseSize = (4 * Mib) + 1 }, Long()), "response over 4 MiB");
        const int size = (4 * Mib) - 64;
        var fits = await t.Test.UnaryCallAsync(new SimpleRequest { ResponseSize = size, Payload = Zeros(size) }, Long());
        Check.Payload(fits.Payload, size);
    }

    public static async Task ConcurrentLargeUnary(InteropContext t)
    {
        var calls = Enumerable.Range(0, 64).Select(async _ => (await t.Test.UnaryCallAsync(LargeRequest(), Long())).Payload.Body.Length);
        var sizes = await Task.WhenAll(calls);
        var bad = sizes.Count(s => s != 314159);
        Check.That(bad == 0, $"{bad} of 64 responses had the wrong size");
    }

    public static async Task AllStatusCodes(InteropContext t)
    {
        for (var code = 1; code <= 16; code++)
        {
            var message = $"status {code}";
            var request = new SimpleRequest { ResponseStatus = new EchoStatus { Code = code, Message = message } };
            var error = await Check.FailsWithAsync((StatusCode)code, async () => await t.Test.UnaryCallAsync(request, InteropContext.Options()), $"code {code}");
            Check.That(error.Status.Detail == message, $"code {code}: message \"{error.Status.Detail}\"");
        }
    }

    public static async Task FlowControlStreaming(InteropContext t)
    {
        // 24 MiB up and 24 MiB down in 1 MiB messages, far beyond the default HTTP/2 windows.
        using (var upload = t.Test.StreamingInputCall(Long()))
        {
            for (var i = 0; i < 24; i++)
            {
                await upload.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(Mib) });
            }
            await upload.RequestStream.CompleteAsync();
            var total = (await upload.ResponseAsync).AggregatedPayloadSize;
            Check.That(total == 24 * Mib, $"client streaming aggregated {total} bytes, want {24 * Mib}");
        }
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(Enumerable.Range(0, 24).Select(_ => new ResponseParameters { Size = Mib }));
        using var download = t.Test.StreamingOutputCall(request, Long());
        var sizes = new List<int>();
        await foreach (var response in download.ResponseStream.ReadAllAsync())
        {
            sizes.Add(response.Payload.Body.Length);
        }
        Check.That(sizes.Count == 24 && sizes.All(s => s == Mib), $"server streaming gave {sizes.Count} messages");
    }

    public static async Task ConcurrentStreams(InteropContext t)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => OneStreamAsync(t, i)));
        var wrong = results.Select((ok, i) => ok ? -1 : i).Where(i => i >= 0).ToList();
        Check.That(wrong.Count == 0, $"streams {string.Join(",", wrong)} got the wrong responses");
    }

    public static async Task EarlyStatus(InteropContext t)
    {
        // The server ends the call with a status on the first message while we still upload 16 MiB: the call
        // must end with that status (a write may be what reports it), not with a transport error.
        using var call = t.Test.FullDuplexCall(Long());
        var error = await Check.FailsWithAsync(StatusCode.FailedPrecondition, async () =>
        {
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = new EchoStatus { Code = 9, Message = "early" } });
            for (var i = 0; i < 16; i++)
            {
                await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = Zeros(Mib) });
            }
            await call.RequestStream.CompleteAsync();
            await call.ResponseStream.MoveNext();
        });
        Check.That(error.Status.Detail == "early", $"message \"{error.Status.Detail}\", want \"early\"");
    }

    private static async Task<bool> OneStreamAsync(InteropContext t, int index)
    {
        using var call = t.Test.FullDuplexCall(Long());
        for (var i = 0; i < 8; i++)
        {
            await call.RequestStream.WriteAsync(OutputRequest(1000 + index, 500));
        }
        await call.RequestStream.CompleteAsync();
        var sizes = new List<int>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            sizes.Add(response.Payload.Body.Length);
        }
        return sizes.Count == 8 && sizes.All(s => s == 1000 + index);
    }
}
