using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary>The response stream a server-streaming or bidirectional handler writes; each message is flushed.</summary>
internal sealed class ServerResponseStream<T>(ServerCall call) : IServerStreamWriter<T>
    where T : class, IMessage<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var token = cancellationToken.CanBeCanceled ? cancellationToken : call.CancellationToken;
        return call.WriteMessageAsync(message, flush: true, token).AsTask();
    }
}
