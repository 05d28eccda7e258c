namespace Conflict.Grpc.Client;

/// <summary>Where a client request stream writes its messages to (the call).</summary>
internal interface IRequestSink<in T>
{
    Task WriteAsync(T message, CancellationToken ct);

    Task CompleteAsync();
}
