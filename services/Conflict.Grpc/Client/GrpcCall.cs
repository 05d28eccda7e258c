using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Conflict.Grpc.Internal;
using Google.Protobuf;

namespace Conflict.Grpc.Client;

/// <summary>
/// One client call of any kind over one HTTP/2 request: it sends the request (whole, or streamed through
/// <see cref="RequestStream"/>), reads the response messages, then the status from the trailers (or from the
/// headers of a trailers-only response). Every failure becomes an <see cref="RpcException"/>.
/// </summary>
internal sealed partial class GrpcCall<TRequest, TResponse> :
    IAsyncUnaryCall<TResponse>, IAsyncServerStreamingCall<TResponse>, IAsyncClientStreamingCall<TRequest, TResponse>, IAsyncDuplexStreamingCall<TRequest, TResponse>
    where TRequest : IMessage<TRequest>
    where TResponse : IMessage<TResponse>
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);
    private readonly GrpcChannel _channel;
    private readonly Method<TRequest, TResponse> _method;
    private readonly CallOptions _options;
    private readonly long _started;
    private readonly TaskCompletionSource<Metadata> _responseHeaders = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _cts;
    private Task<HttpResponseMessage>? _sendTask;
    private HttpResponseMessage? _response;
    private FrameReader? _reader;
    private StreamingRequestContent? _requestContent;
    private Status? _status;
    private Metadata? _trailers;
    private RpcException? _failure;

    public GrpcCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options, long started)
    {
        _channel = channel;
        _method = method;
        _options = options;
        _started = started;
        ResponseStream = new ClientResponseStream<TResponse>(this);
        RequestStream = new ClientRequestStream<TRequest>(this);
        ResponseAsync = Task.FromException<TResponse>(new InvalidOperationException("This call has no single response."));
    }

    public Task<TResponse> ResponseAsync { get; private set; }

    public Task<Metadata> ResponseHeadersAsync => _responseHeaders.Task;

    public IAsyncStreamReader<TResponse> ResponseStream { get; }

    public IClientStreamWriter<TRequest> RequestStream { get; }

    internal CancellationToken Token { get; private set; }

    internal StreamingRequestContent? RequestContent => _requestContent;

    internal RpcException? Failure => _failure;

    private int? MaxReceive => _channel.Options.MaxReceiveMessageSize;

    private bool Compress => _channel.Options.CompressionEncoding is not null;

    public void StartUnary(TRequest request) => ResponseAsync = RunSingleResponseAsync(() => Send(CreateUnaryContent(request)));

    public void StartServerStreaming(TRequest request) => Guard(() => Send(CreateUnaryContent(request)));

    public void StartClientStreaming() => ResponseAsync = RunSingleResponseAsync(() => Send(_requestContent = new StreamingRequestContent()));

    public void StartDuplexStreaming() => Guard(() => Send(_requestContent = new StreamingRequestContent()));

    public Status GetStatus() => _status ?? throw new InvalidOperationException("Unable to get the status because the call is not complete.");

    public Metadata GetTrailers() => _trailers ?? throw new InvalidOperationException("Unable to get the trailers because the call is not complete.");

    public void Dispose()
    {
        if (_status is null)
        {
            Finish(new RpcException(new Status(StatusCode.Cancelled, "Call disposed before it completed.")));
            _cts?.Cancel();
        }
        Cleanup();
    }

    private ByteArrayContent CreateUnaryContent(TRequest request)
    {
        var content = new ByteArrayContent(MessageFraming.ToArray(request, Compress, _channel.Options.MaxSendMessageSize));
        content.Headers.ContentType = GrpcContentType;
        return content;
    }

    private void Send(HttpContent content)
    {
        if (content is StreamingRequestContent)
        {
            content.Headers.ContentType = GrpcContentType;
        }
        var request = new HttpRequestMessage(HttpMethod.Post, _channel.GetMethodUri(_method.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("te", "trailers");
        headers.TryAddWithoutValidation("user-agent", "conflict-grpc-dotnet/1.0");
        headers.TryAddWithoutValidation(GrpcProtocol.AcceptEncodingHeader, GrpcProtocol.SupportedEncodings);
        if (_channel.Options.CompressionEncoding is { } encoding)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.EncodingHeader, encoding);
        }
        AddCustomHeaders(headers);
        _cts = _options.CancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_options.CancellationToken)
            : new CancellationTokenSource();
        if (_options.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"));
            }
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(remaining));
            if (remaining < TimeSpan.FromDays(30))
            {
                _cts.CancelAfter(remaining);
            }
        }
        Token = _cts.Token;
        _sendTask = _channel.HttpInvoker.SendAsync(request, Token);
    }

    private void AddCustomHeaders(HttpRequestHeaders headers)
    {
        if (_options.Headers is not { Count: > 0 } metadata)
        {
            return;
        }
        foreach (var entry in metadata)
        {
            if (!GrpcProtocol.IsReservedHeader(entry.Key))
            {
                headers.TryAddWithoutValidation(entry.Key, MetadataCodec.EncodeValue(entry));
            }
        }
    }

    private void Guard(Action start)
    {
        try
        {
            start();
        }
        catch (Exception ex)
        {
            Finish(MapException(ex));
        }
    }

    private double ElapsedSeconds => Stopwatch.GetElapsedTime(_started).TotalSeconds;
}
