using Conflict.Grpc;
using Google.Protobuf;
using Grpc.Testing;

namespace Conflict.Interop.Server;

/// <summary>
/// grpc.testing.TestService on our layer, as grpc/grpc doc/interop-test-descriptions.md describes its
/// server features: payloads of zeros, echoed status, echoed metadata, CompressedRequest. One deviation:
/// response_compressed cannot be honoured per call because the layer compresses per server
/// (GrpcServerOptions.ResponseCompressionEncoding); run the server with --response-compression gzip to
/// compress every response instead.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The gRPC layer binds public instance methods.")]
internal sealed class TestServiceImpl
{
    public async Task<Empty> EmptyCall(Empty request, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        return new Empty();
    }

    public async Task<SimpleResponse> UnaryCall(SimpleRequest request, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        if (context.RequestHeaders.GetValue(RichError.RequestKey) == "1")
        {
            throw RichError.Create();
        }
        ThrowIfStatusRequested(request.ResponseStatus);
        ThrowIfNotCompressedAsExpected(request.ExpectCompressed, context);
        if (request.ResponseType != PayloadType.Compressable)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "response_type must be COMPRESSABLE"));
        }
        return new SimpleResponse { Payload = Zeros(request.ResponseSize) };
    }

    public Task<SimpleResponse> CacheableUnaryCall(SimpleRequest request, ServerCallContext context) =>
        Task.FromResult(new SimpleResponse { Payload = new Payload { Body = ByteString.CopyFromUtf8(DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture)) } });

    public async Task StreamingOutputCall(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        await RespondAsync(request, responses, context.CancellationToken).ConfigureAwait(false);
    }

    public async Task<StreamingInputCallResponse> StreamingInputCall(IAsyncStreamReader<StreamingInputCallRequest> requests, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        var total = 0;
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            ThrowIfNotCompressedAsExpected(requests.Current.ExpectCompressed, context);
            total += requests.Current.Payload?.Body.Length ?? 0;
        }
        return new StreamingInputCallResponse { AggregatedPayloadSize = total };
    }

    public async Task FullDuplexCall(IAsyncStreamReader<StreamingOutputCallRequest> requests, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await RespondAsync(requests.Current, responses, context.CancellationToken).ConfigureAwait(false);
        }
    }

    public async Task HalfDuplexCall(IAsyncStreamReader<StreamingOutputCallRequest> requests, IServerStreamWriter<StreamingOutputCallResponse> responses, ServerCallContext context)
    {
        await InteropMetadata.EchoAsync(context).ConfigureAwait(false);
        var buffered = new List<StreamingOutputCallRequest>();
        while (await requests.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            buffered.Add(requests.Current);
        }
        foreach (var request in buffered)
        {
            await RespondAsync(request, responses, context.CancellationToken).ConfigureAwait(false);
        }
    }

    public Task<Empty> UnimplementedCall(Empty request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented, "UnimplementedCall is not implemented, on purpose"));

    private static async Task RespondAsync(StreamingOutputCallRequest request, IServerStreamWriter<StreamingOutputCallResponse> responses, CancellationToken ct)
    {
        ThrowIfStatusRequested(request.ResponseStatus);
        foreach (var parameters in request.ResponseParameters)
        {
            if (parameters.IntervalUs > 0)
            {
                await Task.Delay(TimeSpan.FromMicroseconds(parameters.IntervalUs), ct).ConfigureAwait(false);
            }
            await responses.WriteAsync(new StreamingOutputCallResponse { Payload = Zeros(parameters.Size) }, ct).ConfigureAwait(false);
        }
    }

    private static void ThrowIfStatusRequested(EchoStatus? status)
    {
        if (status is { Code: not 0 })
        {
            throw new RpcException(new Status((StatusCode)status.Code, status.Message));
        }
    }

    // CompressedRequest: the request must have come compressed. The message flag is not visible to a
    // handler, so the grpc-encoding header the client sent stands for it.
    private static void ThrowIfNotCompressedAsExpected(BoolValue? expectCompressed, ServerCallContext context)
    {
        var encoding = context.HttpContext.Request.Headers["grpc-encoding"].ToString();
        if (expectCompressed?.Value == true && (encoding.Length == 0 || encoding == "identity"))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "expected a compressed request"));
        }
    }

    private static Payload Zeros(int size) => new() { Type = PayloadType.Compressable, Body = ByteString.CopyFrom(new byte[size]) };
}
