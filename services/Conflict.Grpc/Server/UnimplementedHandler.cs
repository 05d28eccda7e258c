using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc.Server;

/// <summary>Answers gRPC calls to services or methods nobody mapped with UNIMPLEMENTED; other requests get 404.</summary>
internal sealed class UnimplementedHandler(GrpcServiceRegistry registry)
{
    public Task HandleAsync(HttpContext http)
    {
        if (!Internal.GrpcProtocol.IsGrpcContentType(http.Request.ContentType))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var path = http.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        var service = slash > 0 ? path[1..slash] : "";
        var message = registry.IsMapped(service)
            ? $"Method is unimplemented: {path}"
            : $"Service is unimplemented: {service}";
        ServerCall.WriteEarlyError(http, StatusCodes.Status200OK, StatusCode.Unimplemented, message);
        return Task.CompletedTask;
    }
}
