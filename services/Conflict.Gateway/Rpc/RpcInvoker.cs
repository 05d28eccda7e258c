using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// Calls one RPC of any of the four kinds from its descriptor, as a sequence: the requests go out
/// (one for unary and server-streaming calls), the responses come back in order. The generic call
/// is bound once, when the route is mapped.
/// </summary>
internal sealed class RpcInvoker
{
    private readonly Func<CallInvoker, IReadOnlyList<IMessage>, CallOptions, IAsyncEnumerable<IMessage>> _call;

    private RpcInvoker(Func<CallInvoker, IReadOnlyList<IMessage>, CallOptions, IAsyncEnumerable<IMessage>> call) => _call = call;

    public static RpcInvoker For(MethodDescriptor rpc)
    {
        var types = new[] { rpc.InputType.ClrType, rpc.OutputType.ClrType };
        var method = typeof(RpcInvoker).GetMethod(nameof(MethodOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(types).Invoke(null, [rpc])!;
        var kind = (rpc.IsClientStreaming, rpc.IsServerStreaming) switch
        {
            (false, false) => nameof(UnaryAsync),
            (false, true) => nameof(ServerStreamingAsync),
            (true, false) => nameof(ClientStreamingAsync),
            _ => nameof(DuplexAsync),
        };
        var generic = typeof(RpcInvoker).GetMethod(kind, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(types);
        var call = generic.CreateDelegate<Func<CallInvoker, IReadOnlyList<IMessage>, CallOptions, IAsyncEnumerable<IMessage>>>(method);
        return new RpcInvoker(call);
    }

    /// <summary>The gRPC method of a descriptor, with protobuf marshallers of its generated message types.</summary>
    private static Method<TReq, TRes> MethodOf<TReq, TRes>(MethodDescriptor rpc)
        where TReq : class, IMessage<TReq>
        where TRes : class, IMessage<TRes>
    {
        var type = (rpc.IsClientStreaming, rpc.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (false, true) => MethodType.ServerStreaming,
            (true, false) => MethodType.ClientStreaming,
            _ => MethodType.DuplexStreaming,
        };
        return new Method<TReq, TRes>(type, rpc.Service.FullName, rpc.Name, Marshaller<TReq>(rpc.InputType), Marshaller<TRes>(rpc.OutputType));
    }

    private static Marshaller<T> Marshaller<T>(MessageDescriptor descriptor)
        where T : IMessage<T> => Marshallers.Create(m => m.ToByteArray(), bytes => (T)descriptor.Parser.ParseFrom(bytes));

    public IAsyncEnumerable<IMessage> Invoke(CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
        => _call(invoker, requests, options);

    /// <summary>The single response of a unary or client-streaming call.</summary>
    public async Task<IMessage> InvokeSingleAsync(CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
    {
        await foreach (var response in Invoke(invoker, requests, options))
        {
            return response;
        }
        throw new RpcException(new Status(StatusCode.Internal, "The service sent no response."));
    }

    private static async IAsyncEnumerable<IMessage> UnaryAsync<TReq, TRes>(Method<TReq, TRes> method, CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
        where TReq : class, IMessage<TReq>
        where TRes : class, IMessage<TRes>
    {
        using var call = invoker.AsyncUnaryCall(method, null, options, (TReq)requests[0]);
        yield return await call.ResponseAsync;
    }

    private static async IAsyncEnumerable<IMessage> ServerStreamingAsync<TReq, TRes>(Method<TReq, TRes> method, CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
        where TReq : class, IMessage<TReq>
        where TRes : class, IMessage<TRes>
    {
        using var call = invoker.AsyncServerStreamingCall(method, null, options, (TReq)requests[0]);
        while (await call.ResponseStream.MoveNext(options.CancellationToken))
        {
            yield return call.ResponseStream.Current;
        }
    }

    private static async IAsyncEnumerable<IMessage> ClientStreamingAsync<TReq, TRes>(Method<TReq, TRes> method, CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
        where TReq : class, IMessage<TReq>
        where TRes : class, IMessage<TRes>
    {
        using var call = invoker.AsyncClientStreamingCall(method, null, options);
        await WriteAllAsync(call.RequestStream, requests, options.CancellationToken);
        yield return await call.ResponseAsync;
    }

    private static async IAsyncEnumerable<IMessage> DuplexAsync<TReq, TRes>(Method<TReq, TRes> method, CallInvoker invoker, IReadOnlyList<IMessage> requests, CallOptions options)
        where TReq : class, IMessage<TReq>
        where TRes : class, IMessage<TRes>
    {
        using var call = invoker.AsyncDuplexStreamingCall(method, null, options);
        var writing = WriteAllAsync(call.RequestStream, requests, options.CancellationToken);
        while (await call.ResponseStream.MoveNext(options.CancellationToken))
        {
            yield return call.ResponseStream.Current;
        }
        await writing;
    }

    /// <summary>
    /// Sends every request, then half-closes. When the server ends the call early, a write fails; the
    /// server's status, read from the response, is the error worth reporting, so the write error is dropped.
    /// </summary>
    private static async Task WriteAllAsync<TReq>(IClientStreamWriter<TReq> writer, IReadOnlyList<IMessage> requests, CancellationToken ct)
    {
        try
        {
            foreach (var request in requests)
            {
                await writer.WriteAsync((TReq)request, ct);
            }
            await writer.CompleteAsync();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            ct.ThrowIfCancellationRequested();
        }
    }
}
