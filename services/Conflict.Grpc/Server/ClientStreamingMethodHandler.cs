using System.Reflection;
using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary><c>Task&lt;TRes&gt; M(IAsyncStreamReader&lt;TReq&gt;, ServerCallContext)</c>.</summary>
internal sealed class ClientStreamingMethodHandler<TService, TRequest, TResponse>(
    ServerMethodOptions options, ServiceActivator<TService> activator, string method, MethodInfo implementation)
    : ServerMethodHandler<TService, TRequest, TResponse>(options, activator, method, streaming: true)
    where TService : class
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> _invoke =
        implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>();

    protected override async Task InvokeAsync(TService service, ServerCall call)
    {
        var requests = new ServerRequestStream<TRequest>(call, Parser);
        var response = CheckResponse(await _invoke(service, requests, call.Context).ConfigureAwait(false));
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken).ConfigureAwait(false);
    }
}
