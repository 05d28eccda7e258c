using System.Reflection;
using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary><c>Task M(TReq, IServerStreamWriter&lt;TRes&gt;, ServerCallContext)</c>.</summary>
internal sealed class ServerStreamingMethodHandler<TService, TRequest, TResponse>(
    ServerMethodOptions options, ServiceActivator<TService> activator, string method, MethodInfo implementation)
    : ServerMethodHandler<TService, TRequest, TResponse>(options, activator, method, streaming: true)
    where TService : class
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoke =
        implementation.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();

    protected override async Task InvokeAsync(TService service, ServerCall call)
    {
        var request = await ReadSingleAsync(call).ConfigureAwait(false);
        await _invoke(service, request, new ServerResponseStream<TResponse>(call), call.Context).ConfigureAwait(false);
    }
}
