using System.Reflection;
using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary><c>Task M(IAsyncStreamReader&lt;TReq&gt;, IServerStreamWriter&lt;TRes&gt;, ServerCallContext)</c>.</summary>
internal sealed class DuplexStreamingMethodHandler<TService, TRequest, TResponse>(
    ServerMethodOptions options, ServiceActivator<TService> activator, string method, MethodInfo implementation)
    : ServerMethodHandler<TService, TRequest, TResponse>(options, activator, method, streaming: true)
    where TService : class
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoke =
        implementation.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();

    protected override Task InvokeAsync(TService service, ServerCall call) =>
        _invoke(service, new ServerRequestStream<TRequest>(call, Parser), new ServerResponseStream<TResponse>(call), call.Context);
}
