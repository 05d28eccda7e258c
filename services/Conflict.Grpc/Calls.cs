namespace Conflict.Grpc;

/// <summary>A server-streaming call in progress: read <see cref="ResponseStream"/> to its end, then the status.</summary>
public interface IAsyncServerStreamingCall<TResponse> : IDisposable
{
    IAsyncStreamReader<TResponse> ResponseStream { get; }
    Task<Metadata> ResponseHeadersAsync { get; }
    /// <summary>The final status; valid once the stream has ended.</summary>
    Status GetStatus();
    /// <summary>The trailers; valid once the stream has ended.</summary>
    Metadata GetTrailers();
}

/// <summary>A client-streaming call in progress: write, complete, then await the response.</summary>
public interface IAsyncClientStreamingCall<in TRequest, TResponse> : IDisposable
{
    IClientStreamWriter<TRequest> RequestStream { get; }
    Task<TResponse> ResponseAsync { get; }
    Task<Metadata> ResponseHeadersAsync { get; }
    Status GetStatus();
    Metadata GetTrailers();
}

/// <summary>A bidirectional call in progress.</summary>
public interface IAsyncDuplexStreamingCall<in TRequest, TResponse> : IDisposable
{
    IClientStreamWriter<TRequest> RequestStream { get; }
    IAsyncStreamReader<TResponse> ResponseStream { get; }
    Task<Metadata> ResponseHeadersAsync { get; }
    Status GetStatus();
    Metadata GetTrailers();
}

/// <summary>Conveniences over calls and streams.</summary>
public static class CallExtensions
{
    /// <summary>Lets a unary call be awaited directly for its response.</summary>
    public static System.Runtime.CompilerServices.TaskAwaiter<TResponse> GetAwaiter<TResponse>(this IAsyncUnaryCall<TResponse> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.ResponseAsync.GetAwaiter();
    }

    /// <summary>Reads a stream to its end as an async sequence.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(this IAsyncStreamReader<T> reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (await reader.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.Current;
        }
    }
}
