using System.Globalization;
using Conflict.Grpc.Internal;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;

namespace Conflict.Grpc.Server;

/// <summary>The response half of <see cref="ServerCall"/>: headers, messages and the final status.</summary>
internal sealed partial class ServerCall
{
    private static readonly string[] StatusCodeStrings = Enumerable.Range(0, 17).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Answers a call refused before it started: the status in the headers, no body.</summary>
    public static void WriteEarlyError(HttpContext http, int httpStatus, StatusCode code, string message)
    {
        var response = http.Response;
        response.StatusCode = httpStatus;
        if (httpStatus == StatusCodes.Status200OK)
        {
            response.ContentType = GrpcProtocol.ContentType;
        }
        response.Headers[GrpcProtocol.StatusHeader] = StatusString(code);
        response.Headers[GrpcProtocol.MessageHeader] = PercentEncoding.Encode(message);
    }

    private static string StatusString(StatusCode code) =>
        (int)code is >= 0 and < 17 ? StatusCodeStrings[(int)code] : ((int)code).ToString(CultureInfo.InvariantCulture);

    private static void RemoveBodyLimits(HttpContext http, bool streaming, int maxReceive)
    {
        // Kestrel's own limit (30 MB by default) is above a unary message's; streams have no total.
        if ((streaming || maxReceive > 16 * 1024 * 1024) && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }
        if (streaming && http.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = null;
        }
    }

    private void StartResponse(string? acceptEncoding)
    {
        var response = Http.Response;
        response.ContentType = GrpcProtocol.ContentType;
        if (Options.Server.ResponseCompressionEncoding is { } wanted && GrpcProtocol.Accepts(acceptEncoding, wanted))
        {
            ResponseEncoding = wanted;
            response.Headers[GrpcProtocol.EncodingHeader] = wanted;
        }
        if (RequestEncoding is not null || ResponseEncoding is not null)
        {
            response.Headers[GrpcProtocol.AcceptEncodingHeader] = GrpcProtocol.SupportedEncodings;
        }
    }

    private void WriteMessageCore(IMessage message)
    {
        if (_ended)
        {
            throw new InvalidOperationException("The call has already ended; no more messages can be written.");
        }
        MessageFraming.Write(Http.Response.BodyWriter, message, ResponseEncoding is not null, Options.Server.MaxSendMessageSize);
        _messageWritten = true;
    }

    internal async Task WriteResponseHeadersAsync(Metadata headers)
    {
        if (Http.Response.HasStarted)
        {
            throw new InvalidOperationException("Response headers can only be sent once, before the first message.");
        }
        foreach (var entry in headers)
        {
            Http.Response.Headers.Append(entry.Key, MetadataCodec.EncodeValue(entry));
        }
        await Http.Response.StartAsync(CancellationToken).ConfigureAwait(false);
        await Http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
    }

    private async ValueTask EndAsync(Status status, Metadata? extraTrailers, Google.Rpc.Status? richStatus)
    {
        if (_writeLock is not null)
        {
            await _writeLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        try
        {
            if (_ended)
            {
                return;
            }
            _ended = true;
            WriteStatus(status, extraTrailers, richStatus);
        }
        catch (InvalidOperationException) when (Http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone; there is nobody to tell the status to.
        }
        finally
        {
            _writeLock?.Release();
        }
    }

    private void WriteStatus(Status status, Metadata? extraTrailers, Google.Rpc.Status? richStatus)
    {
        var response = Http.Response;
        var trailersOnly = !response.HasStarted && !_messageWritten;
        Add(response, trailersOnly, GrpcProtocol.StatusHeader, StatusString(status.StatusCode));
        if (!string.IsNullOrEmpty(status.Detail))
        {
            Add(response, trailersOnly, GrpcProtocol.MessageHeader, PercentEncoding.Encode(status.Detail));
        }
        if (richStatus is not null)
        {
            Add(response, trailersOnly, GrpcProtocol.StatusDetailsHeader, MetadataCodec.EncodeBinary(richStatus.ToByteArray()));
        }
        if (Context.HasResponseTrailers)
        {
            AddMetadata(response, trailersOnly, Context.ResponseTrailers);
        }
        if (extraTrailers is { Count: > 0 })
        {
            AddMetadata(response, trailersOnly, extraTrailers);
        }
    }

    /// <summary>Trailers-only responses carry the status in the headers; the others in the trailers.</summary>
    private static void Add(HttpResponse response, bool trailersOnly, string name, string value)
    {
        if (trailersOnly)
        {
            response.Headers.Append(name, value);
        }
        else
        {
            response.AppendTrailer(name, value);
        }
    }

    private static void AddMetadata(HttpResponse response, bool trailersOnly, Metadata metadata)
    {
        foreach (var entry in metadata)
        {
            if (!GrpcProtocol.IsReservedHeader(entry.Key))
            {
                Add(response, trailersOnly, entry.Key, MetadataCodec.EncodeValue(entry));
            }
        }
    }

    private void OnTokenCancelled()
    {
        // A client that gives up at its deadline may reset the stream just before ours fires: still a deadline.
        if (!Http.RequestAborted.IsCancellationRequested || DateTime.UtcNow >= Context.Deadline)
        {
            DeadlineExceeded = true;
            _deadlineReached?.TrySetResult();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Unhandled exception in gRPC handler {Method}")]
        public static partial void HandlerFailed(ILogger logger, Exception exception, string method);

        [LoggerMessage(2, LogLevel.Debug, "gRPC call {Method} was cancelled by the client")]
        public static partial void CallCancelled(ILogger logger, string method);

        [LoggerMessage(3, LogLevel.Debug, "gRPC handler {Method} ended with {Outcome} after its deadline")]
        public static partial void HandlerEndedAfterDeadline(ILogger logger, string method, string outcome);
    }
}
