using System.Reflection;
using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary><c>Task&lt;TRes&gt; M(TReq, ServerCallContext)</c>.</summary>
internal sealed class UnaryMethodHandler<TService, TRequest, TResponse>(
    ServerMethodOptions options, ServiceActivator<TService> activator, string method, MethodInfo implementation)
    : ServerMethodHandler<TService, TRequest, TResponse>(options, activator, method, streaming: false)
    where TService : class
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    private readonly Func<TService, TRequest, ServerCallContext, Task<TResponse>> _invoke =
        implementation.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();

    protected override async Task InvokeAsync(TService service, ServerCall call)
    {
        var request = await ReadSingleAsync(call).ConfigureAwait(false);
        var response = CheckResponse(await _invoke(service, request, call.Context).ConfigureAwait(false));
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken).ConfigureAwait(false);
    }
}

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
