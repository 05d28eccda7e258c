using System.Net;
using System.Net.Http.Headers;
using Conflict.Grpc.Internal;

namespace Conflict.Grpc.Client;

/// <summary>How a call's failures and statuses are read: transport errors, HTTP statuses, status headers.</summary>
internal sealed partial class GrpcCall<TRequest, TResponse>
{
    private RpcException MapException(Exception exception)
    {
        if (exception is RpcException rpc)
        {
            return rpc;
        }
        if (_status is not null && _failure is not null)
        {
            return _failure;
        }
        if (_cts is not null && Token.IsCancellationRequested && exception is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
        {
            return LocalDeadlinePassed
                ? new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"))
                : new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the caller."));
        }
        if (FindProtocolException(exception) is { } protocol)
        {
            return new RpcException(new Status(StatusFromResetCode(protocol.ErrorCode), "Stream reset by the server: " + protocol.Message));
        }
        return exception switch
        {
            HttpRequestException or IOException => new RpcException(new Status(StatusCode.Unavailable, $"Error in gRPC call to {_channel.Address}: {exception.Message}")),
            OperationCanceledException => new RpcException(new Status(StatusCode.Cancelled, "Call canceled.")),
            _ => new RpcException(new Status(StatusCode.Internal, $"Error in gRPC call: {exception.GetType().Name}: {exception.Message}")),
        };
    }

    /// <summary>True when this call's own deadline timer has fired (not the caller's token).</summary>
    private bool LocalDeadlinePassed =>
        _options.Deadline is { } deadline && !_options.CancellationToken.IsCancellationRequested
        && (Token.IsCancellationRequested || DateTime.UtcNow >= deadline.ToUniversalTime());

    private static HttpProtocolException? FindProtocolException(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is HttpProtocolException protocol)
            {
                return protocol;
            }
        }
        return null;
    }

    /// <summary>RST_STREAM error codes to statuses (PROTOCOL-HTTP2.md, "Errors").</summary>
    private static StatusCode StatusFromResetCode(long code) => code switch
    {
        0x0 or 0x1 or 0x2 or 0x3 or 0x4 or 0x5 or 0x6 or 0x9 => StatusCode.Internal,
        0x7 => StatusCode.Unavailable,
        0x8 => StatusCode.Cancelled,
        0xb => StatusCode.ResourceExhausted,
        0xc => StatusCode.PermissionDenied,
        _ => StatusCode.Internal,
    };

    /// <summary>HTTP statuses to gRPC codes when a response carries no grpc-status (doc/http-grpc-status-mapping.md).</summary>
    private static StatusCode StatusFromHttp(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private static (Status Status, Google.Rpc.Status? Rich) ReadStatus(HttpHeaders headers, HttpStatusCode httpStatus)
    {
        var raw = First(headers, GrpcProtocol.StatusHeader);
        if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return (new Status(httpStatus == HttpStatusCode.OK ? StatusCode.Unknown : StatusFromHttp(httpStatus), $"Invalid grpc-status value '{raw}'."), null);
        }
        var message = First(headers, GrpcProtocol.MessageHeader) is { } encoded ? PercentEncoding.Decode(encoded) : "";
        Google.Rpc.Status? rich = null;
        if (First(headers, GrpcProtocol.StatusDetailsHeader) is { } details)
        {
            try
            {
                rich = Google.Rpc.Status.Parser.ParseFrom(MetadataCodec.DecodeBinary(details));
            }
            catch (Exception ex) when (ex is FormatException or Google.Protobuf.InvalidProtocolBufferException)
            {
                rich = null;
            }
        }
        return (new Status((StatusCode)code, message), rich);
    }

    private static string? First(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
