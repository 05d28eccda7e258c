namespace Conflict.Grpc.Client;

/// <summary>The response stream of a server-streaming or bidirectional client call.</summary>
internal sealed class ClientResponseStream<T>(IResponseSource<T> source) : IAsyncStreamReader<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        var (hasMessage, message) = await source.ReadNextAsync(cancellationToken).ConfigureAwait(false);
        _current = hasMessage ? message : default;
        return hasMessage;
    }
}
