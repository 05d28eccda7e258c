using Conflict.Grpc.Internal;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conflict.Grpc.Server;

/// <summary>
/// The state of one server call: its context, request reader, deadline, and the response it writes
/// (messages, then the status in trailers, or trailers-only when nothing was sent).
/// </summary>
internal sealed partial class ServerCall : IDisposable
{
    private readonly CancellationTokenSource? _deadlineCts;
    private readonly TaskCompletionSource? _deadlineReached;
    private readonly SemaphoreSlim? _writeLock;
    private bool _messageWritten;
    private bool _ended;

    private ServerCall(HttpContext http, string method, ServerMethodOptions options, string? requestEncoding, TimeSpan? timeout, bool streaming)
    {
        Http = http;
        Options = options;
        RequestEncoding = requestEncoding;
        var deadline = DateTime.MaxValue;
        var token = http.RequestAborted;
        if (timeout is not null)
        {
            deadline = DateTime.UtcNow + timeout.Value;
            _deadlineCts = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            _deadlineReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            token = _deadlineCts.Token;
        }
        if (streaming || _deadlineCts is not null)
        {
            _writeLock = new SemaphoreSlim(1, 1);
        }
        Context = new ServerCallContext(http, method, deadline, token) { Call = this };
        Reader = new FrameReader(http.Request.BodyReader, options.Server.MaxReceiveMessageSize, requestEncoding);
        if (_deadlineCts is not null)
        {
            StartDeadlineTimer(timeout!.Value);
        }
    }

    /// <summary>Arms the deadline once the call is fully built (the callback may run at once).</summary>
    private void StartDeadlineTimer(TimeSpan timeout)
    {
        _deadlineCts!.Token.Register(static state => ((ServerCall)state!).OnTokenCancelled(), this);
        if (timeout <= TimeSpan.Zero)
        {
            _deadlineCts.Cancel();
        }
        else if (timeout < TimeSpan.FromDays(30))
        {
            _deadlineCts.CancelAfter(timeout);
        }
    }

    public HttpContext Http { get; }

    public ServerMethodOptions Options { get; }

    public ServerCallContext Context { get; }

    public FrameReader Reader { get; }

    public string? RequestEncoding { get; }

    /// <summary>The encoding of response messages; null when they go plain.</summary>
    public string? ResponseEncoding { get; private set; }

    public CancellationToken CancellationToken => Context.CancellationToken;

    public bool DeadlineExceeded { get; private set; }

    public bool HasDeadline => _deadlineReached is not null;

    private ILogger Logger => Options.Logger;

    /// <summary>Checks the request and starts the call; on a bad request, answers it and returns null.</summary>
    public static ServerCall? TryStart(HttpContext http, string method, ServerMethodOptions options, bool streaming)
    {
        var request = http.Request;
        if (!HttpProtocol.IsHttp2(request.Protocol) && !HttpProtocol.IsHttp3(request.Protocol))
        {
            WriteEarlyError(http, StatusCodes.Status426UpgradeRequired, StatusCode.Internal, $"Request protocol '{request.Protocol}' is not supported; gRPC needs HTTP/2.");
            return null;
        }
        if (!GrpcProtocol.IsGrpcContentType(request.ContentType))
        {
            WriteEarlyError(http, StatusCodes.Status415UnsupportedMediaType, StatusCode.Unimplemented, $"Content-Type '{request.ContentType}' is not supported.");
            return null;
        }
        var headers = request.Headers;
        string? encoding = headers[GrpcProtocol.EncodingHeader];
        if (encoding is not null && !GrpcProtocol.IsSupportedEncoding(encoding))
        {
            http.Response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
            WriteEarlyError(http, StatusCodes.Status200OK, StatusCode.Unimplemented, $"Unsupported grpc-encoding value '{encoding}'. Supported encodings: {GrpcProtocol.SupportedEncodings}");
            return null;
        }
        TimeSpan? timeout = null;
        string? timeoutValue = headers[GrpcProtocol.TimeoutHeader];
        if (timeoutValue is not null)
        {
            if (!GrpcTimeout.TryParse(timeoutValue, out var parsed))
            {
                WriteEarlyError(http, StatusCodes.Status200OK, StatusCode.Internal, $"Invalid grpc-timeout value '{timeoutValue}'.");
                return null;
            }
            timeout = parsed;
        }
        RemoveBodyLimits(http, streaming, options.Server.MaxReceiveMessageSize);
        var call = new ServerCall(http, method, options, encoding, timeout, streaming);
        call.StartResponse(options.Server.ResponseCompressionEncoding is null ? null : (string?)headers[GrpcProtocol.AcceptEncodingHeader]);
        return call;
    }

    /// <summary>Waits for the handler, or for the deadline if it comes first (then answers DEADLINE_EXCEEDED).</summary>
    /// <returns>True when the handler finished first and its outcome should be written.</returns>
    public async Task<bool> RunAsync(Task handler)
    {
        if (_deadlineReached is null || handler.IsCompleted)
        {
            await handler.ConfigureAwait(false);
            return true;
        }
        var first = await Task.WhenAny(handler, _deadlineReached.Task).ConfigureAwait(false);
        if (first == handler)
        {
            await handler.ConfigureAwait(false);
            return true;
        }
        await EndAsync(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), null, null).ConfigureAwait(false);
        try
        {
            await handler.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or RpcException or IOException or InvalidOperationException)
        {
            Log.HandlerEndedAfterDeadline(Logger, Context.Method, ex.GetType().Name);
        }
        return false;
    }

    /// <summary>Writes one message; flushes it unless it is a unary response (Kestrel then sends it with the trailers).</summary>
    public async ValueTask WriteMessageAsync(IMessage message, bool flush, CancellationToken ct)
    {
        if (_writeLock is null)
        {
            WriteMessageCore(message);
            if (flush)
            {
                await Http.Response.BodyWriter.FlushAsync(ct).ConfigureAwait(false);
            }
            return;
        }
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            WriteMessageCore(message);
            if (flush)
            {
                await Http.Response.BodyWriter.FlushAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Ends the call with OK and the handler's trailers.</summary>
    public ValueTask CompleteAsync() => EndAsync(Status.DefaultSuccess, null, null);

    /// <summary>Ends the call with the status an exception stands for; unexpected exceptions become a generic INTERNAL.</summary>
    public async ValueTask FailAsync(Exception exception)
    {
        switch (exception)
        {
            case RpcException rpc:
                await EndAsync(rpc.Status, rpc.Trailers, rpc.RichStatus).ConfigureAwait(false);
                break;
            case OperationCanceledException or IOException when DeadlineExceeded:
                await EndAsync(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"), null, null).ConfigureAwait(false);
                break;
            case OperationCanceledException or IOException when Http.RequestAborted.IsCancellationRequested:
                Log.CallCancelled(Logger, Context.Method);
                await EndAsync(new Status(StatusCode.Cancelled, "Call canceled by the client."), null, null).ConfigureAwait(false);
                break;
            default:
                Log.HandlerFailed(Logger, exception, Context.Method);
                await EndAsync(new Status(StatusCode.Internal, "Exception was thrown by handler."), null, null).ConfigureAwait(false);
                break;
        }
    }

    public void Dispose()
    {
        _deadlineCts?.Dispose();
        _writeLock?.Dispose();
    }
}
