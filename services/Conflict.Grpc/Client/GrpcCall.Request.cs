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
            MessageFraming.Write(_requestContent.Writer, message, Compress, _channel.Options.MaxSendMessageSize);
            using var linked = ct.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(ct, Token) : null;
            var flushed = await _requestContent.Writer.FlushAsync(linked?.Token ?? Token).ConfigureAwait(false);
            if (flushed.IsCompleted)
            {
                throw new InvalidOperationException("The request stream has ended.");
            }
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            if (_failure is null && !ct.IsCancellationRequested && !Token.IsCancellationRequested)
            {
                await FinishFromEarlyStatusAsync().ConfigureAwait(false);
            }
            throw _failure ?? MapException(ex);
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    /// <summary>
    /// A write fails when the server has already ended the call: it answered with a trailers-only status before
    /// reading the whole request, then reset the rest of the upload (RST_STREAM). That status is what the caller
    /// must see, not the write's transport error. Only the response headers are looked at, so a concurrent reader
    /// is not disturbed; <see cref="Finish(RpcException?, Status, Metadata)"/> keeps the first outcome.
    /// </summary>
    private async Task FinishFromEarlyStatusAsync()
    {
        if (_sendTask is null)
        {
            return;
        }
        try
        {
            // The response headers come before the reset on the connection, but SendAsync may not have
            // completed yet when the write's failure surfaces.
            var response = await _sendTask.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
            if (response.Headers.Contains(GrpcProtocol.StatusHeader))
            {
                Finish(ReadStatus(response.Headers, response.StatusCode), ReadMetadata(response.Headers));
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException or TimeoutException)
        {
            // No response: the write's own failure stands.
        }
    }

    public Task CompleteAsync()
    {
        if (!_requestCompleted)
        {
            _requestCompleted = true;
            _requestContent?.CompleteWriting();
        }
        return Task.CompletedTask;
    }
}
