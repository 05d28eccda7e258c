using Conflict.Gateway.Backends;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Gateway.Rpc;

/// <summary>Starts the routes of one service under a version prefix.</summary>
internal static class RpcApiExtensions
{
    public static RpcApiBuilder MapRpcApi(this IEndpointRouteBuilder endpoints, string prefix, Backend backend, ServiceDescriptor service)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<RouteCatalog>();
        return new RpcApiBuilder(endpoints.MapGroup(prefix), prefix, backend, service, catalog);
    }
}
