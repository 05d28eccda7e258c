namespace Conflict.Grpc;

/// <summary>Options of the server side, set with <c>AddGrpcLayer</c>.</summary>
public sealed class GrpcServerOptions
{
    /// <summary>Largest request message accepted; larger ones end the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent; null for no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>Compress responses with this encoding when the client accepts it; null to send them plain.</summary>
    public string? ResponseCompressionEncoding { get; set; }

    /// <summary>Interceptor types, resolved from DI, run in order around every call.</summary>
    public IList<Type> Interceptors { get; } = [];
}
