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
