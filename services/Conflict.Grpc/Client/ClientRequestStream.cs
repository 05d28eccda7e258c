namespace Conflict.Grpc.Client;

/// <summary>The request stream of a client-streaming or bidirectional client call.</summary>
internal sealed class ClientRequestStream<T>(IRequestSink<T> sink) : IClientStreamWriter<T>
{
    public Task WriteAsync(T message, CancellationToken cancellationToken = default) => sink.WriteAsync(message, cancellationToken);

    public Task CompleteAsync() => sink.CompleteAsync();
}
