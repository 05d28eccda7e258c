namespace Conflict.Gateway.Rpc;

/// <summary>Every RPC route the gateway maps, in mapping order; the OpenAPI document is built from it.</summary>
internal sealed class RouteCatalog
{
    private readonly List<RpcRoute> _routes = [];

    public IReadOnlyList<RpcRoute> Routes => _routes;

    public void Add(RpcRoute route) => _routes.Add(route);
}
