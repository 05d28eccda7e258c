using Google.Protobuf;

namespace Conflict.Grpc.Server;

/// <summary>The request stream a client-streaming or bidirectional handler reads.</summary>
internal sealed class ServerRequestStream<T>(ServerCall call, MessageParser<T> parser) : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        if (!cancellationToken.CanBeCanceled || cancellationToken == call.CancellationToken)
        {
            _current = await call.Reader.ReadAsync(parser, call.CancellationToken).ConfigureAwait(false);
            return _current is not null;
        }
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken);
        _current = await call.Reader.ReadAsync(parser, linked.Token).ConfigureAwait(false);
        return _current is not null;
    }
}
