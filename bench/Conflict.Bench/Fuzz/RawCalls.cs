using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Sends raw bytes as the request of any RPC, whatever its kind, through the real client stack, and reports the
/// status: the bytes skip our serializers, so the server's parser sees exactly what the fuzzer made.
/// </summary>
internal static class RawCalls
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    /// <summary>Watches stay open by design: a short deadline ends them (DEADLINE_EXCEEDED is their normal end here).</summary>
    public static readonly TimeSpan WatchDeadline = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    /// <summary>Sends and tallies; returns the status, or null for a hang.</summary>
    /// <param name="oversized">
    /// The request is over the service's message limit: the expected answers are RESOURCE_EXHAUSTED or, when the
    /// server ends the stream (or its connection) before reading it, a transport error on the client's side.
    /// </param>
    public static async Task<StatusCode?> SendAsync(CallInvoker invoker, MethodDescriptor rpc, IReadOnlyList<byte[]> messages, FuzzTally tally, bool oversized = false)
    {
        var kind = rpc.Service.Name + "/" + rpc.Name;
        var decodable = messages.All(m => Decodes(rpc.InputType, m));
        var call = CallAsync(invoker, rpc, messages);
        if (await Task.WhenAny(call, Task.Delay(Deadline + Grace)) != call)
        {
            tally.Hang(kind, $"{messages.Count} messages of {string.Join(",", messages.Select(m => m.Length))} bytes");
            return null;
        }
        var status = await call;
        if (oversized && status.StatusCode is StatusCode.ResourceExhausted or StatusCode.Unavailable or StatusCode.Internal or StatusCode.Cancelled)
        {
            var handled = status.StatusCode != StatusCode.Internal || status.Detail.StartsWith("Error starting gRPC call", StringComparison.Ordinal)
                || (!decodable && status.Detail.StartsWith("The request message could not be decoded", StringComparison.Ordinal));
            tally.Outcome(kind + " (over the size limit)", handled, status.Detail);
            return status.StatusCode;
        }
        tally.Answer(kind, status.StatusCode, decodable, status.Detail);
        return status.StatusCode;
    }

    private static bool Decodes(MessageDescriptor type, byte[] message)
    {
        try
        {
            type.Parser.ParseFrom(message);
            return true;
        }
        catch (Google.Protobuf.InvalidProtocolBufferException)
        {
            return false;
        }
    }

    private static async Task<Status> CallAsync(CallInvoker invoker, MethodDescriptor rpc, IReadOnlyList<byte[]> messages)
    {
        var type = (rpc.IsClientStreaming, rpc.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        var method = new Method<byte[], byte[]>(type, rpc.Service.FullName, rpc.Name, Bytes, Bytes);
        var options = new CallOptions(deadline: DateTime.UtcNow + (type == MethodType.ServerStreaming ? WatchDeadline : Deadline));
        try
        {
            switch (type)
            {
                case MethodType.Unary:
                    await invoker.AsyncUnaryCall(method, null, options, messages[0]);
                    return Status.DefaultSuccess;
                case MethodType.ServerStreaming:
                {
                    using var call = invoker.AsyncServerStreamingCall(method, null, options, messages[0]);
                    await DrainAsync(call.ResponseStream);
                    return call.GetStatus();
                }
                case MethodType.ClientStreaming:
                {
                    // Written alongside waiting for the answer: a server that refuses a message early stops reading,
                    // and a write waiting on flow control must not keep the answer from being seen.
                    using var call = invoker.AsyncClientStreamingCall(method, null, options);
                    var writing = WriteAllAsync(call.RequestStream, messages);
                    await call.ResponseAsync;
                    await writing;
                    return call.GetStatus();
                }
                default:
                {
                    using var call = invoker.AsyncDuplexStreamingCall(method, null, options);
                    var writing = WriteAllAsync(call.RequestStream, messages);
                    await DrainAsync(call.ResponseStream);
                    await writing;
                    return call.GetStatus();
                }
            }
        }
        catch (RpcException e)
        {
            return e.Status;
        }
    }

    private static async Task DrainAsync(IAsyncStreamReader<byte[]> responses)
    {
        for (var read = 0; read < 1000 && await responses.MoveNext(); read++)
        {
        }
    }

    /// <summary>Writes until done or until the server ends the call (then its status is the answer, not the write error).</summary>
    private static async Task WriteAllAsync(IClientStreamWriter<byte[]> writer, IReadOnlyList<byte[]> messages)
    {
        try
        {
            foreach (var message in messages)
            {
                await writer.WriteAsync(message);
            }
            await writer.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException or IOException)
        {
            // the call ended first; its status says why
        }
    }
}
