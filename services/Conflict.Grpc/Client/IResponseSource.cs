namespace Conflict.Grpc.Client;

/// <summary>Where a client response stream reads its messages from (the call).</summary>
internal interface IResponseSource<T>
{
    ValueTask<(bool HasMessage, T? Message)> ReadNextAsync(CancellationToken ct);
}
