using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Conflict.ServiceDefaults;

/// <summary>
/// Answers a gRPC request from middleware, before any service method runs (authorization, rate limiting): a
/// trailers-only response, whose headers carry <c>grpc-status</c>, <c>grpc-message</c> and the rich error details,
/// as the gRPC HTTP/2 protocol allows for a call that fails at once.
/// </summary>
public static class GrpcStatusResponse
{
    public static bool IsGrpc(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static Task WriteAsync(HttpResponse response, RpcException error)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(error);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(error.Status.Detail);
        foreach (var entry in error.Trailers)
        {
            response.Headers[entry.Key] = entry.IsBinary ? Convert.ToBase64String(entry.ValueBytes) : entry.Value;
        }
        return response.CompleteAsync();
    }
}
