using System.Net;

namespace Conflict.Grpc.Client;

/// <summary>
/// A request body written while the call runs: HttpClient hands over the stream when it starts sending, the
/// call writes frames to it, and the body ends (END_STREAM) when the call completes the request stream.
/// </summary>
internal sealed class StreamingRequestContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Stream> StreamAsync => _stream.Task;

    public bool IsCompleted => _completed.Task.IsCompleted;

    /// <summary>Ends the request body; pending and later writes fail.</summary>
    public void Complete()
    {
        _completed.TrySetResult();
        if (_stream.TrySetException(new InvalidOperationException("The request stream has ended.")))
        {
            _ = _stream.Task.Exception;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _stream.TrySetResult(stream);
        await _completed.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
