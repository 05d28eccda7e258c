using Google.Protobuf;
using Grpc.Core;

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

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Requests.Add((method.Name, (IMessage)request));
        Task<TResponse> response;
        try
        {
            var handler = _unary.GetValueOrDefault(method.Name) ?? throw Unimplemented(method.Name);
            response = Task.FromResult((TResponse)handler((IMessage)request));
        }
        catch (RpcException error)
        {
            response = Task.FromException<TResponse>(error);
        }
        return new AsyncUnaryCall<TResponse>(response, NoHeaders(), Ok, NoTrailers, Nothing);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
        AsyncUnaryCall(method, host, options, request).ResponseAsync.GetAwaiter().GetResult();

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
    {
        Requests.Add((method.Name, (IMessage)request));
        var streams = Streams<TRequest, TResponse>(method.Name, [request]);
        return new AsyncServerStreamingCall<TResponse>(streams, NoHeaders(), Ok, NoTrailers, Nothing);
    }

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var streams = Streams<TRequest, TResponse>(method.Name, null);
        var response = streams.All.ContinueWith(t => t.Result.Single(), TaskScheduler.Default);
        return new AsyncClientStreamingCall<TRequest, TResponse>(streams, response, NoHeaders(), Ok, NoTrailers, Nothing);
    }

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options)
    {
        var streams = Streams<TRequest, TResponse>(method.Name, null);
        return new AsyncDuplexStreamingCall<TRequest, TResponse>(streams, streams, NoHeaders(), Ok, NoTrailers, Nothing);
    }

    private static Task<Metadata> NoHeaders() => Task.FromResult(new Metadata());

    private static Status Ok() => Status.DefaultSuccess;

    private static Metadata NoTrailers() => [];

    private static void Nothing()
    {
    }

    private FakeStreams<TRequest, TResponse> Streams<TRequest, TResponse>(string name, IReadOnlyList<TRequest>? preset)
    {
        var handler = _streaming.GetValueOrDefault(name);
        return new FakeStreams<TRequest, TResponse>(requests =>
        {
            foreach (var request in requests)
            {
                Requests.Add((name, (IMessage)request!));
            }
            return (handler ?? throw Unimplemented(name))(requests.Cast<IMessage>().ToList()).Cast<TResponse>().ToList();
        }, preset);
    }

    private static RpcException Unimplemented(string method) => new(new Status(StatusCode.Unimplemented, $"{method} is not faked"));
}
