using Conflict.Gateway.Backends;
using Conflict.Gateway.Errors;
using Conflict.Gateway.Json;
using Google.Protobuf;
using Grpc.Core;

namespace Conflict.Gateway.Rpc;

/// <summary>Handles one HTTP request on an RPC route: bind, call the service, write JSON or events.</summary>
internal static class RpcEndpoint
{
    public static async Task HandleAsync(RpcRoute route, HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Items[ProblemMiddleware.BackendItem] = route.Backend;
        var backends = http.RequestServices.GetRequiredService<BackendChannels>();
        var requests = await RequestBinder.BindAsync(route, http, ct);
        var invoker = backends.Invoker(route.Backend);
        var headers = CallerHeaders(http);
        if (route.IsEventStream)
        {
            var address = backends.Options.AddressOf(route.Backend);
            var options = new CallOptions(headers, cancellationToken: ct);
            await EventStream.RelayAsync(http, route.Invoker.Invoke(invoker, requests, options),
                e => ProblemMapper.FromRpc(e, route.Backend, address, http.Request.Path.Value), ct);
            return;
        }
        var unaryOptions = new CallOptions(headers, cancellationToken: ct).WithDeadline(DateTime.UtcNow + backends.Options.CallTimeout);
        if (route.Rpc.IsClientStreaming && route.Rpc.IsServerStreaming)
        {
            var responses = new List<IMessage>();
            await foreach (var response in route.Invoker.Invoke(invoker, requests, unaryOptions))
            {
                responses.Add(response);
            }
            await ProtoJson.WriteArrayAsync(http.Response, responses, ct);
            return;
        }
        var single = await route.Invoker.InvokeSingleAsync(invoker, requests, unaryOptions);
        await ProtoJson.WriteAsync(http.Response, single, ct);
    }

    /// <summary>The caller's bearer token, passed on so the service authorizes and records the caller, not the gateway.</summary>
    private static Metadata? CallerHeaders(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        return authorization.Length == 0 ? null : new Metadata { { "authorization", authorization } };
    }
}
