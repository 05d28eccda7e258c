using Conflict.Gateway.Backends;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Gateway.Rpc;

/// <summary>Starts the routes of one service under a version prefix.</summary>
internal static class RpcApiExtensions
{
    public static RpcApiBuilder MapRpcApi(this IEndpointRouteBuilder endpoints, string prefix, Backend backend, ServiceDescriptor service)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<RouteCatalog>();
        // Reads are checked here, where the browser's address is known; writes are checked by the service, which
        // receives the caller's token (RpcEndpoint passes it on) and records its principal.
        var group = endpoints.MapGroup(prefix)
            .RequireAuthorization(ConflictPolicies.Read)
            .RequireRateLimiting(ConflictLimits.Requests);
        return new RpcApiBuilder(group, prefix, backend, service, catalog);
    }
}
