using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc.Server;

/// <summary>Serves one RPC: starts the call, runs interceptors and the handler, and ends the call with its status.</summary>
internal abstract class ServerMethodHandler<TService, TRequest, TResponse>(
    ServerMethodOptions options, ServiceActivator<TService> activator, string method, bool streaming)
    where TService : class
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected static MessageParser<TRequest> Parser { get; } = CreateParser();

    public async Task HandleAsync(HttpContext http)
    {
        var call = ServerCall.TryStart(http, method, options, streaming);
        if (call is null)
        {
            return;
        }
        TService? service = null;
        try
        {
            service = activator.Create(http);
            var handler = options.Interceptors.IsEmpty
                ? InvokeAsync(service, call)
                : options.Interceptors.RunAsync(call.Context, http, () => InvokeAsync(service, call));
            if (!call.HasDeadline)
            {
                await handler.ConfigureAwait(false);
                await call.CompleteAsync().ConfigureAwait(false);
            }
            else if (await call.RunAsync(handler).ConfigureAwait(false))
            {
                await call.CompleteAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            await call.FailAsync(ex).ConfigureAwait(false);
        }
        finally
        {
            if (service is not null)
            {
                await activator.ReleaseAsync(service).ConfigureAwait(false);
            }
            call.Dispose();
        }
    }

    /// <summary>Reads the request, calls the implementation and writes its response messages.</summary>
    protected abstract Task InvokeAsync(TService service, ServerCall call);

    /// <summary>Reads the one request message of a unary or server-streaming call.</summary>
    protected static ValueTask<TRequest> ReadSingleAsync(ServerCall call) =>
        call.Reader.ReadSingleAsync(Parser, call.CancellationToken);

    protected static TResponse CheckResponse(TResponse? response) =>
        response ?? throw new InvalidOperationException("The handler returned a null response.");

    private static MessageParser<TRequest> CreateParser() =>
        (MessageParser<TRequest>)typeof(TRequest).GetProperty("Parser")!.GetValue(null)!;
}
