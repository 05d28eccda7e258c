using Conflict.Grpc;
using Grpc.Testing;
using static Conflict.Interop.Client.InteropContext;
using static Conflict.Interop.Client.StreamingCases;

namespace Conflict.Interop.Client;

/// <summary>The standard cases about how calls end: deadlines, cancellation, statuses, metadata, unknown methods.</summary>
internal static class StatusCases
{
    private const string EchoInitial = "x-grpc-test-echo-initial";
    private const string EchoTrailing = "x-grpc-test-echo-trailing-bin";
    private const string SpecialMessage = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001F608\t\n";
    private static readonly byte[] TrailingValue = [0xab, 0xab, 0xab];

    public static async Task TimeoutOnSleepingServer(InteropContext t)
    {
        using var call = t.Test.FullDuplexCall(new CallOptions().WithTimeout(TimeSpan.FromMilliseconds(1)));
        await Check.FailsWithAsync(StatusCode.DeadlineExceeded, async () =>
        {
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { Payload = Zeros(27182) });
            await call.ResponseStream.MoveNext();
        });
    }

    public static async Task CancelAfterBegin(InteropContext t)
    {
        using var cts = new CancellationTokenSource();
        using var call = t.Test.StreamingInputCall(Options() with { CancellationToken = cts.Token });
        await cts.CancelAsync();
        await Check.FailsWithAsync(StatusCode.Cancelled, () => call.ResponseAsync);
    }

    public static async Task CancelAfterFirstResponse(InteropContext t)
    {
        using var cts = new CancellationTokenSource();
        using var call = t.Test.FullDuplexCall(Options() with { CancellationToken = cts.Token });
        await call.RequestStream.WriteAsync(OutputRequest(31415, 27182));
        Check.That(await call.ResponseStream.MoveNext(), "stream ended before the first response");
        Check.Payload(call.ResponseStream.Current.Payload, 31415);
        await cts.CancelAsync();
        await Check.FailsWithAsync(StatusCode.Cancelled, () => call.ResponseStream.MoveNext(), "read after cancel");
    }

    public static Task StatusCodeAndMessage(InteropContext t) => ExpectEchoedStatusAsync(t, "test status message");

    public static Task SpecialStatusMessage(InteropContext t) => ExpectEchoedStatusAsync(t, SpecialMessage);

    public static async Task CustomMetadata(InteropContext t)
    {
        using var unary = t.Test.UnaryCallAsync(LargeRequest(), Options(EchoHeaders()));
        Check.Payload((await unary.ResponseAsync).Payload, 314159);
        CheckEcho("UnaryCall", await unary.ResponseHeadersAsync, unary.GetTrailers());
        using var duplex = t.Test.FullDuplexCall(Options(EchoHeaders()));
        await duplex.RequestStream.WriteAsync(OutputRequest(314159, 271828));
        await duplex.RequestStream.CompleteAsync();
        var count = 0;
        await foreach (var response in duplex.ResponseStream.ReadAllAsync())
        {
            Check.Payload(response.Payload, 314159);
            count++;
        }
        Check.That(count == 1, $"FullDuplexCall: {count} responses, want 1");
        CheckEcho("FullDuplexCall", await duplex.ResponseHeadersAsync, duplex.GetTrailers());
    }

    public static async Task UnimplementedMethod(InteropContext t) =>
        await Check.FailsWithAsync(StatusCode.Unimplemented, async () => await t.Test.UnimplementedCallAsync(new Empty(), Options()));

    public static async Task UnimplementedService(InteropContext t) =>
        await Check.FailsWithAsync(StatusCode.Unimplemented, async () => await t.Test.UnimplementedServiceCallAsync(new Empty(), Options()));

    /// <summary>
    /// A unary response of two messages or none is a response cardinality violation: the call must fail, not hang
    /// or succeed. grpc/grpc doc/statuscodes.md says UNIMPLEMENTED; grpc-java and grpc-go answer INTERNAL and their
    /// maintainers mean to change the table (grpc/grpc-java#11247), so both pass. Needs a server that misbehaves on
    /// request (clients/python/interop_server.py).
    /// </summary>
    public static async Task ResponseCardinality(InteropContext t)
    {
        foreach (var mode in new[] { "two-responses", "no-response" })
        {
            var headers = new Metadata { { "x-conflict-misbehave", mode } };
            try
            {
                _ = await t.Test.UnaryCallAsync(new SimpleRequest(), Options(headers));
                throw new InteropFailure($"{mode}: the call succeeded, want UNIMPLEMENTED or INTERNAL");
            }
            catch (RpcException e)
            {
                Check.That(e.StatusCode is StatusCode.Unimplemented or StatusCode.Internal, $"{mode}: status {e.StatusCode} ({e.Status.Detail}), want UNIMPLEMENTED or INTERNAL");
            }
        }
    }

    private static async Task ExpectEchoedStatusAsync(InteropContext t, string message)
    {
        var status = new EchoStatus { Code = 2, Message = message };
        var unary = await Check.FailsWithAsync(StatusCode.Unknown, async () => await t.Test.UnaryCallAsync(new SimpleRequest { ResponseStatus = status }, Options()), "UnaryCall");
        Check.That(unary.Status.Detail == message, $"UnaryCall message {Quote(unary.Status.Detail)}, want {Quote(message)}");
        using var call = t.Test.FullDuplexCall(Options());
        var duplex = await Check.FailsWithAsync(StatusCode.Unknown, async () =>
        {
            // The server may end the call before the half-close: a write may then be the call that fails.
            await call.RequestStream.WriteAsync(new StreamingOutputCallRequest { ResponseStatus = status });
            await call.RequestStream.CompleteAsync();
            await call.ResponseStream.MoveNext();
        }, "FullDuplexCall");
        Check.That(duplex.Status.Detail == message, $"FullDuplexCall message {Quote(duplex.Status.Detail)}, want {Quote(message)}");
    }

    private static Metadata EchoHeaders() => new() { { EchoInitial, "test_initial_metadata_value" }, { EchoTrailing, TrailingValue } };

    private static void CheckEcho(string call, Metadata headers, Metadata trailers)
    {
        var initial = headers.Where(e => e.Key == EchoInitial).Select(e => e.Value).ToList();
        Check.That(initial is ["test_initial_metadata_value"], $"{call} initial metadata [{string.Join(",", initial)}]");
        var trailing = trailers.Where(e => e.Key == EchoTrailing).Select(e => e.ValueBytes).ToList();
        Check.That(trailing.Count == 1 && trailing[0] is { } bytes && bytes.AsSpan().SequenceEqual(TrailingValue),
            $"{call} trailing metadata [{string.Join(",", trailing.Select(b => b is null ? "null" : Convert.ToHexString(b)))}]");
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
