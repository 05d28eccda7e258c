using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc;

/// <summary>What a handler knows about the call it serves.</summary>
public sealed class ServerCallContext
{
    internal ServerCallContext(HttpContext httpContext, string method, DateTime deadline, Metadata requestHeaders, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Method = method;
        Deadline = deadline;
        RequestHeaders = requestHeaders;
        CancellationToken = cancellationToken;
    }

    /// <summary>Full method name, <c>/package.Service/Method</c>.</summary>
    public string Method { get; }

    /// <summary>The caller's address, e.g. <c>ipv4:127.0.0.1:53000</c>.</summary>
    public string Peer => $"ipv4:{HttpContext.Connection.RemoteIpAddress}:{HttpContext.Connection.RemotePort}";

    /// <summary>UTC deadline from <c>grpc-timeout</c>; <see cref="DateTime.MaxValue"/> when none.</summary>
    public DateTime Deadline { get; }

    /// <summary>Custom request metadata (reserved and pseudo headers removed).</summary>
    public Metadata RequestHeaders { get; }

    /// <summary>Metadata to send in the trailers.</summary>
    public Metadata ResponseTrailers { get; } = [];

    /// <summary>Cancelled when the client cancels (RST_STREAM), disconnects or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The underlying HTTP context, for what the abstraction does not cover.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>Sends response headers now, with custom metadata; at most once, before the first message.</summary>
    public Func<Metadata, Task> WriteResponseHeadersAsync { get; internal set; } = _ => Task.CompletedTask;
}
