using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;
using Google.Protobuf;
using Grpc.Core;
using Conflict.ServiceDefaults;

namespace Conflict.Gateway.Errors;

/// <summary>
/// Answers every failure of a request with application/problem+json, unless the response has already
/// started (a server-sent event stream reports its own errors).
/// </summary>
internal sealed partial class ProblemMiddleware(RequestDelegate next, BackendChannels backends, ILogger<ProblemMiddleware> logger)
{
    /// <summary>The key under which a route records the service it calls.</summary>
    public const string BackendItem = "conflict.backend";

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away (the call to the service was cancelled with it): nobody to answer.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            var problem = Map(e, http);
            if (problem.Status == 500)
            {
                LogFailure(logger, http.Request.Method, http.Request.Path, problem.Type, e);
            }
            else if (problem.Status > 500)
            {
                LogUnavailable(logger, http.Request.Method, http.Request.Path, problem.Detail);
            }
            await problem.WriteAsync(http.Response, http.RequestAborted);
        }
    }

    private Problem Map(Exception e, HttpContext http)
    {
        var instance = http.Request.Path.Value;
        var backend = http.Items[BackendItem] as Backend?;
        var address = backend is { } b ? backends.Options.AddressOf(b) : null;
        return e switch
        {
            RpcException rpc => ProblemMapper.FromRpc(rpc, backend, address, instance),
            HttpRequestException unreachable => ProblemMapper.FromRpc(new RpcException(new Status(StatusCode.Unavailable, unreachable.Message)), backend, address, instance),
            RequestBindingException binding => ProblemMapper.FromBinding(binding, instance),
            InvalidProtocolBufferException or InvalidJsonException or FormatException => ProblemMapper.FromJson(e, instance),
            BadHttpRequestException bad => ProblemMapper.BadRequest("INVALID_REQUEST", [], bad.Message, instance) with { Status = bad.StatusCode },
            _ => ProblemMapper.Internal(instance),
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed with {Type}")]
    private static partial void LogFailure(ILogger logger, string method, string path, string type, Exception exception);

    /// <summary>A service that is down or slow is an operational state, not a bug: one line, no stack.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: {Detail}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string? detail);
}
