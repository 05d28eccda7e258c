using Conflict.Gateway.Errors;
using Conflict.Gateway.Json;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.Rpc;

/// <summary>
/// Relays a server-streaming RPC as server-sent events: one <c>message</c> event per response (its
/// proto3 JSON as data), a comment every 15 s to keep proxies from closing an idle stream, and a
/// final <c>problem</c> event when the service fails mid-stream. A failure before the first message
/// surfaces as an ordinary problem response, so EventSource sees an HTTP error and retries.
/// </summary>
internal static class EventStream
{
    public const string ContentType = "text/event-stream";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan FirstMessageWait = TimeSpan.FromSeconds(2);

    public static async Task RelayAsync(HttpContext http, IAsyncEnumerable<IMessage> messages, Func<RpcException, Problem> toProblem, CancellationToken ct)
    {
        await using var stream = messages.GetAsyncEnumerator(ct);
        // An immediate failure (NOT_FOUND, UNAVAILABLE) becomes an HTTP error; a service that has nothing to
        // send yet (a variable not computed so far) must not hold the response headers back for long.
        var first = stream.MoveNextAsync().AsTask();
        await Task.WhenAny(first, Task.Delay(FirstMessageWait, ct));
        if (first.IsCompleted)
        {
            await first;
        }
        StartResponse(http);
        using var gate = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var keepAlive = KeepAliveAsync(http.Response, gate, stop.Token);
        try
        {
            await WriteAsync(http.Response, gate, "retry: 2000\n\n", ct);
            for (var more = await first; more; more = await stream.MoveNextAsync())
            {
                await WriteAsync(http.Response, gate, "data: " + ProtoJson.Format(stream.Current) + "\n\n", ct);
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is RpcException or HttpRequestException or IOException)
        {
            var rpc = e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, e.Message));
            await WriteAsync(http.Response, gate, "event: problem\ndata: " + toProblem(rpc).ToJson() + "\n\n", ct);
        }
        finally
        {
            await stop.CancelAsync();
            await keepAlive;
        }
    }

    private static void StartResponse(HttpContext http)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = ContentType;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    private static async Task KeepAliveAsync(HttpResponse response, SemaphoreSlim gate, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(KeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await WriteAsync(response, gate, ": keep-alive\n\n", ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
        catch (IOException)
        {
            // The client went away; the relay loop notices through its token.
        }
    }

    private static async Task WriteAsync(HttpResponse response, SemaphoreSlim gate, string text, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await response.WriteAsync(text, ct);
            await response.Body.FlushAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }
}
