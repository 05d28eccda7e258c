using Conflict.Grpc.Internal;

namespace Conflict.Grpc.Client;

/// <summary>The request-stream half of <see cref="GrpcCall{TRequest, TResponse}"/>.</summary>
internal sealed partial class GrpcCall<TRequest, TResponse> : IRequestSink<TRequest>
{
    private int _writing;
    private bool _requestCompleted;

    public async Task WriteAsync(TRequest message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_failure is not null)
        {
            throw _failure;
        }
        if (_requestCompleted || _status is not null || _requestContent is null)
        {
            throw new InvalidOperationException("The request stream has already been completed.");
        }
        if (Interlocked.Exchange(ref _writing, 1) == 1)
        {
            throw new InvalidOperationException("Only one write can be pending at a time.");
        }
        try
        {
            var frame = MessageFraming.ToArray(message, Compress, _channel.Options.MaxSendMessageSize);
            using var linked = ct.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(ct, Token) : null;
            var token = linked?.Token ?? Token;
            var stream = await _requestContent.StreamAsync.WaitAsync(token).ConfigureAwait(false);
            await stream.WriteAsync(frame, token).ConfigureAwait(false);
            await stream.FlushAsync(token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw _failure ?? MapException(ex);
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    public Task CompleteAsync()
    {
        _requestCompleted = true;
        _requestContent?.Complete();
        return Task.CompletedTask;
    }
}
