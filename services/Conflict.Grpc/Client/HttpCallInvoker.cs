using System.Diagnostics;
using Google.Protobuf;

namespace Conflict.Grpc.Client;

/// <summary>Starts calls on a <see cref="GrpcChannel"/>, after the channel's interceptors have seen their options.</summary>
internal sealed class HttpCallInvoker(GrpcChannel channel) : CallInvoker
{
    public override IAsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
    {
        var call = Create(method, options);
        call.StartUnary(request);
        return call;
    }

    public override IAsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
    {
        var call = Create(method, options);
        call.StartServerStreaming(request);
        return call;
    }

    public override IAsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
    {
        var call = Create(method, options);
        call.StartClientStreaming();
        return call;
    }

    public override IAsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default)
    {
        var call = Create(method, options);
        call.StartDuplexStreaming();
        return call;
    }

    private GrpcCall<TRequest, TResponse> Create<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options)
        where TRequest : IMessage<TRequest>
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(method);
        ObjectDisposedException.ThrowIf(channel.IsDisposed, channel);
        var interceptors = channel.Options.Interceptors;
        foreach (var interceptor in interceptors)
        {
            options = interceptor.BeforeCall(method.FullName, options);
        }
        return new GrpcCall<TRequest, TResponse>(channel, method, options, Stopwatch.GetTimestamp());
    }
}
