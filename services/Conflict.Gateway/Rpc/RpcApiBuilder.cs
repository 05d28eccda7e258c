using Conflict.Gateway.Backends;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// Maps the HTTP routes of one service under a group (<c>/v1</c>), each onto an RPC of the service's
/// descriptor, and records them for the OpenAPI document. Path bindings read <c>field=format</c>,
/// e.g. <c>name=sources/{source}</c>.
/// </summary>
internal sealed class RpcApiBuilder(RouteGroupBuilder group, string prefix, Backend backend, ServiceDescriptor service, RouteCatalog catalog)
{
    public RpcApiBuilder Get(string path, string rpc, params string[] pathBindings) => Map("GET", path, rpc, null, pathBindings);

    public RpcApiBuilder Delete(string path, string rpc, params string[] pathBindings) => Map("DELETE", path, rpc, null, pathBindings);

    public RpcApiBuilder Post(string path, string rpc, string body, params string[] pathBindings) => Map("POST", path, rpc, body, pathBindings);

    public RpcApiBuilder Patch(string path, string rpc, string body, params string[] pathBindings) => Map("PATCH", path, rpc, body, pathBindings);

    /// <summary>
    /// Maps a GET on a catch-all path whose value may end in a custom verb (<c>:explain</c>), for
    /// resource names that contain slashes: <c>/timelines/{**variable}</c> serves
    /// <c>/timelines/area_controlled/ua/RU-KRS</c> and <c>/timelines/area_controlled/ua/RU-KRS:explain</c>.
    /// </summary>
    public RpcApiBuilder GetWithVerbs(string collection, string parameter, string field, string rpc, params (string Verb, string Rpc)[] verbs)
    {
        var routes = new Dictionary<string, RpcRoute>(StringComparer.Ordinal) { [""] = Record("GET", $"{collection}/{{{parameter}}}", rpc, null, [$"{field}={{{parameter}}}"]) };
        foreach (var (verb, verbRpc) in verbs)
        {
            routes[verb] = Record("GET", $"{collection}/{{{parameter}}}:{verb}", verbRpc, null, [$"{field}={{{parameter}}}"]);
        }
        group.MapGet($"{collection}/{{**{parameter}}}", http =>
        {
            var value = http.Request.RouteValues[parameter]?.ToString() ?? "";
            var colon = value.LastIndexOf(':');
            var verb = colon >= 0 && routes.ContainsKey(value[(colon + 1)..]) ? value[(colon + 1)..] : "";
            http.Request.RouteValues[parameter] = verb.Length > 0 ? value[..colon] : value;
            return RpcEndpoint.HandleAsync(routes[verb], http);
        }).WithName(service.Name + "." + rpc).WithTags(service.Name);
        return this;
    }

    private RpcApiBuilder Map(string method, string path, string rpc, string? body, string[] pathBindings)
    {
        var route = Record(method, path, rpc, body, pathBindings);
        group.MapMethods(path, [method], http => RpcEndpoint.HandleAsync(route, http))
            .WithName(service.Name + "." + rpc)
            .WithTags(service.Name);
        return this;
    }

    private RpcRoute Record(string method, string path, string rpc, string? body, string[] pathBindings)
    {
        var descriptor = service.FindMethodByName(rpc) ?? throw new ArgumentException($"{service.FullName} has no method {rpc}.", nameof(rpc));
        var route = new RpcRoute(method, prefix + path, backend, descriptor, body, [.. pathBindings.Select(PathBinding.Parse)]);
        catalog.Add(route);
        return route;
    }
}
