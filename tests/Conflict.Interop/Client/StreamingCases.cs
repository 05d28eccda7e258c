using Conflict.Grpc;
using Grpc.Testing;
using static Conflict.Interop.Client.InteropContext;

namespace Conflict.Interop.Client;

/// <summary>The standard cases about messages: unary, compressed, and the three streaming shapes.</summary>
internal static class StreamingCases
{
    private static readonly int[] SizesIn = [27182, 8, 1828, 45904];
    private static readonly int[] SizesOut = [31415, 9, 2653, 58979];

    public static Payload Zeros(int size) => new() { Body = Google.Protobuf.ByteString.CopyFrom(new byte[size]) };

    public static SimpleRequest LargeRequest() => new() { ResponseSize = 314159, Payload = Zeros(271828) };

    public static StreamingOutputCallRequest OutputRequest(int sizeOut, int sizeIn) =>
        new() { ResponseParameters = { new ResponseParameters { Size = sizeOut } }, Payload = Zeros(sizeIn) };

    public static async Task EmptyUnary(InteropContext t)
    {
        var response = await t.Test.EmptyCallAsync(new Empty(), Options());
        Check.That(response is not null, "response is null");
    }

    public static async Task LargeUnary(InteropContext t) =>
        Check.Payload((await t.Test.UnaryCallAsync(LargeRequest(), Options())).Payload, 314159);

    public static async Task ClientCompressedUnary(InteropContext t)
    {
        var probe = LargeRequest();
        probe.ExpectCompressed = new BoolValue { Value = true };
        if (t.CompressedRequestProbe)
        {
            await Check.FailsWithAsync(StatusCode.InvalidArgument, async () => await t.Test.UnaryCallAsync(probe, Options()), "uncompressed probe");
        }
        Check.Payload((await t.Gzip.UnaryCallAsync(probe, Options())).Payload, 314159);
        var plain = LargeRequest();
        plain.ExpectCompressed = new BoolValue { Value = false };
        Check.Payload((await t.Test.UnaryCallAsync(plain, Options())).Payload, 314159);
    }

    public static async Task ServerCompressedUnary(InteropContext t)
    {
        // Our client API does not expose the compressed flag of a message; the call must still decode.
        foreach (var compressed in new[] { true, false })
        {
            var request = LargeRequest();
            request.ResponseCompressed = new BoolValue { Value = compressed };
            Check.Payload((await t.Test.UnaryCallAsync(request, Options())).Payload, 314159);
        }
    }

    public static async Task ClientStreaming(InteropContext t)
    {
        using var call = t.Test.StreamingInputCall(Options());
        foreach (var size in SizesIn)
        {
            await call.RequestStream.WriteAsync(new StreamingInputCallRequest { Payload = Zeros(size) });
        }
        await call.RequestStream.CompleteAsync();
        var total = (await call.ResponseAsync).AggregatedPayloadSize;
        Check.That(total == 74922, $"aggregated {total}, want 74922");
    }

    public static async Task ServerStreaming(InteropContext t)
    {
        var request = new StreamingOutputCallRequest();
        request.ResponseParameters.AddRange(SizesOut.Select(size => new ResponseParameters { Size = size }));
        using var call = t.Test.StreamingOutputCall(request, Options());
        var sizes = new List<int>();
        await foreach (var response in call.ResponseStream.ReadAllAsync())
        {
            sizes.Add(response.Payload.Body.Length);
        }
        Check.That(sizes.SequenceEqual(SizesOut), $"response sizes {string.Join(",", sizes)}, want {string.Join(",", SizesOut)}");
    }

    public static async Task PingPong(InteropContext t)
    {
        using var call = t.Test.FullDuplexCall(Options());
        for (var i = 0; i < SizesIn.Length; i++)
        {
            await call.RequestStream.WriteAsync(OutputRequest(SizesOut[i], SizesIn[i]));
            Check.That(await call.ResponseStream.MoveNext(), $"stream ended before response {i + 1}");
            Check.Payload(call.ResponseStream.Current.Payload, SizesOut[i]);
        }
        await call.RequestStream.CompleteAsync();
        Check.That(!await call.ResponseStream.MoveNext(), "extra response after half-close");
        Check.That(call.GetStatus().StatusCode == StatusCode.OK, $"status {call.GetStatus()}");
    }

    public static async Task EmptyStream(InteropContext t)
    {
        using var call = t.Test.FullDuplexCall(Options());
        await call.RequestStream.CompleteAsync();
        Check.That(!await call.ResponseStream.MoveNext(), "got a response, want none");
    }
}
