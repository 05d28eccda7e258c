using Conflict.Grpc.Internal;
using Microsoft.AspNetCore.Http;

namespace Conflict.Grpc;

/// <summary>What a handler knows about the call it serves.</summary>
public sealed class ServerCallContext
{
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;
    private Func<Metadata, Task>? _writeResponseHeaders;

    internal ServerCallContext(HttpContext httpContext, string method, DateTime deadline, CancellationToken cancellationToken)
    {
        HttpContext = httpContext;
        Method = method;
        Deadline = deadline;
        CancellationToken = cancellationToken;
    }

    /// <summary>Full method name, <c>/package.Service/Method</c>.</summary>
    public string Method { get; }

    /// <summary>The caller's address, e.g. <c>ipv4:127.0.0.1:53000</c>.</summary>
    public string Peer => HttpContext.Connection.RemoteIpAddress is { } ip
        ? (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"ipv6:[{ip}]:{HttpContext.Connection.RemotePort}" : $"ipv4:{ip}:{HttpContext.Connection.RemotePort}")
        : "unknown";

    /// <summary>UTC deadline from <c>grpc-timeout</c>; <see cref="DateTime.MaxValue"/> when none.</summary>
    public DateTime Deadline { get; }

    /// <summary>Custom request metadata (reserved and pseudo headers removed).</summary>
    public Metadata RequestHeaders => _requestHeaders ??= ReadRequestHeaders();

    /// <summary>Metadata to send in the trailers.</summary>
    public Metadata ResponseTrailers => _responseTrailers ??= [];

    /// <summary>Cancelled when the client cancels (RST_STREAM), disconnects or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The underlying HTTP context, for what the abstraction does not cover.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>Sends response headers now, with custom metadata; at most once, before the first message.</summary>
    public Func<Metadata, Task> WriteResponseHeadersAsync
    {
        get => _writeResponseHeaders ??= Call is null ? _ => Task.CompletedTask : Call.WriteResponseHeadersAsync;
        internal set => _writeResponseHeaders = value;
    }

    /// <summary>The call this context describes; its header writer is bound only when a handler asks for it.</summary>
    internal Server.ServerCall? Call { get; init; }

    internal bool HasResponseTrailers => _responseTrailers is { Count: > 0 };

    private Metadata ReadRequestHeaders()
    {
        var metadata = new Metadata();
        foreach (var header in HttpContext.Request.Headers)
        {
            foreach (var value in header.Value)
            {
                if (value is not null)
                {
                    MetadataCodec.AddHeader(metadata, header.Key, value);
                }
            }
        }
        return metadata;
    }
}
