using Google.Protobuf;
using Microsoft.AspNetCore.Connections;

namespace Conflict.Grpc.Server;

/// <summary>The request stream a client-streaming or bidirectional handler reads.</summary>
internal sealed class ServerRequestStream<T>(ServerCall call, MessageParser<T> parser) : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadNextAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ConnectionAbortedException)
        {
            // The client reset the stream or dropped the connection mid-upload. Kestrel can report that before the
            // call's token fires, so without this the handler (and the call log) would see an INTERNAL error.
            throw new RpcException(new Status(StatusCode.Cancelled, "The client cancelled the call while sending its request."));
        }
    }

    private async Task<bool> ReadNextAsync(CancellationToken cancellationToken)
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
