namespace Conflict.Grpc;

/// <summary>Options of a client channel.</summary>
public sealed class GrpcChannelOptions
{
    /// <summary>The handler to send through; a shared SocketsHttpHandler when null. Tests pass TestServer's.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Largest response message accepted; 4 MiB by default, null for no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest request message sent; null for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Compress request messages with this encoding (<c>gzip</c>); null to send them plain.</summary>
    public string? CompressionEncoding { get; set; }

    /// <summary>Interceptors, run in order before each call and in reverse after it.</summary>
    public IList<ClientInterceptor> Interceptors { get; } = [];
}
