using Conflict.Grpc;
using Google.Protobuf;

namespace Conflict.Cli.Tests.Fakes;

/// <summary>
/// Answers calls in memory by method name, and records every request, so commands can be tested through their
/// whole path (parsing, the typed client, formatting) without a server. Unknown methods fail with UNIMPLEMENTED.
/// </summary>
internal sealed class FakeCallInvoker : CallInvoker
{
    private readonly Dictionary<string, Func<IMessage, IMessage>> _unary = [];
    private readonly Dictionary<string, Func<IReadOnlyList<IMessage>, IReadOnlyList<IMessage>>> _streaming = [];

    public List<(string Method, IMessage Request)> Requests { get; } = [];

    public FakeCallInvoker On<TRequest, TResponse>(string method, Func<TRequest, TResponse> handler)
        where TRequest : IMessage where TResponse : IMessage
    {
        _unary[method] = request => handler((TRequest)request);
        return this;
    }

    /// <summary>Answers a streaming method: all requests in, all responses out.</summary>
    public FakeCallInvoker OnStream<TRequest, TResponse>(string method, Func<IReadOnlyList<TRequest>, IEnumerable<TResponse>> handler)
        where TRequest : IMessage where TResponse : IMessage
    {
        _streaming[method] = requests => handler(requests.Cast<TRequest>().ToList()).Cast<IMessage>().ToList();
        return this;
    }

    public override IAsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
    {
        Requests.Add((method.Name, request));
        try
        {
            var handler = _unary.GetValueOrDefault(method.Name) ?? throw Unimplemented(method.Name);
            return new FakeUnaryCall<TResponse>(Task.FromResult((TResponse)handler(request)));
        }
        catch (RpcException error)
        {
            return new FakeUnaryCall<TResponse>(Task.FromException<TResponse>(error));
        }
    }

    public override IAsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, CallOptions options = default)
    {
        Requests.Add((method.Name, request));
        return new FakeStreamingCall<TRequest, TResponse>(Streams<TRequest, TResponse>(method.Name, [request]));
    }

    public override IAsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default) =>
        new FakeStreamingCall<TRequest, TResponse>(Streams<TRequest, TResponse>(method.Name, null));

    public override IAsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, CallOptions options = default) =>
        new FakeStreamingCall<TRequest, TResponse>(Streams<TRequest, TResponse>(method.Name, null));

    private FakeStreams<TRequest, TResponse> Streams<TRequest, TResponse>(string name, IReadOnlyList<TRequest>? preset)
        where TRequest : IMessage<TRequest> where TResponse : IMessage<TResponse>
    {
        var handler = _streaming.GetValueOrDefault(name);
        return new FakeStreams<TRequest, TResponse>(requests =>
        {
            foreach (var request in requests)
            {
                Requests.Add((name, request));
            }
            return (handler ?? throw Unimplemented(name))(requests.Cast<IMessage>().ToList()).Cast<TResponse>().ToList();
        }, preset);
    }

    private static RpcException Unimplemented(string method) => new(new Status(StatusCode.Unimplemented, $"{method} is not faked"));
}
