using System.IO.Pipelines;
using System.Net;
using Conflict.Grpc.Internal;

namespace Conflict.Grpc.Client;

/// <summary>The response half of <see cref="GrpcCall{TRequest, TResponse}"/>: headers, messages, status.</summary>
internal sealed partial class GrpcCall<TRequest, TResponse> : IResponseSource<TResponse>
{
    private readonly Lock _sync = new();

    public async ValueTask<(bool HasMessage, TResponse? Message)> ReadNextAsync(CancellationToken ct)
    {
        if (_status is not null)
        {
            return _failure is null ? (false, default) : throw _failure;
        }
        try
        {
            await EnsureResponseAsync().ConfigureAwait(false);
            if (_status is not null)
            {
                Cleanup();
                return _failure is null ? (false, default) : throw _failure;
            }
            using var linked = ct.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(ct, Token) : null;
            var message = await _reader!.ReadAsync(_method.ResponseParser, linked?.Token ?? Token).ConfigureAwait(false);
            if (message is not null)
            {
                return (true, message);
            }
            FinishFromTrailers();
            Cleanup();
            return _failure is null ? (false, default) : throw _failure;
        }
        catch (Exception ex) when (ex is not RpcException || _status is null)
        {
            var failure = Finish(MapException(ex));
            Cleanup();
            throw failure;
        }
    }

    private async Task<TResponse> RunSingleResponseAsync(Action start)
    {
        try
        {
            start();
            var (hasMessage, message) = await ReadNextAsync(Token).ConfigureAwait(false);
            if (!hasMessage)
            {
                throw Finish(new RpcException(new Status(StatusCode.Internal, "Failed to deserialize response message: the call ended without one.")));
            }
            var (extra, _) = await ReadNextAsync(Token).ConfigureAwait(false);
            if (extra)
            {
                throw Finish(new RpcException(new Status(StatusCode.Internal, "More than one response message received for a single-response call.")));
            }
            return message!;
        }
        catch (Exception ex)
        {
            throw Finish(MapException(ex));
        }
        finally
        {
            Cleanup();
        }
    }

    private async ValueTask EnsureResponseAsync()
    {
        if (_response is not null || _status is not null)
        {
            return;
        }
        var response = await _sendTask!.ConfigureAwait(false);
        _response = response;
        var headers = ReadMetadata(response.Headers);
        if (response.Headers.TryGetValues(GrpcProtocol.StatusHeader, out _))
        {
            // Trailers-only: the status is in the headers, and there is no body.
            _responseHeaders.TrySetResult(headers);
            Finish(ReadStatus(response.Headers, response.StatusCode), headers);
            return;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Finish(new Status(StatusFromHttp(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}"), headers);
            return;
        }
        if (!GrpcProtocol.IsGrpcContentType(response.Content.Headers.ContentType?.MediaType))
        {
            Finish(new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {response.Content.Headers.ContentType}"), headers);
            return;
        }
        _responseHeaders.TrySetResult(headers);
        var encoding = response.Headers.TryGetValues(GrpcProtocol.EncodingHeader, out var values) ? values.FirstOrDefault() : null;
        var stream = await response.Content.ReadAsStreamAsync(Token).ConfigureAwait(false);
        _reader = new FrameReader(PipeReader.Create(stream), MaxReceive, encoding);
    }

    private void FinishFromTrailers()
    {
        var trailers = _response!.TrailingHeaders;
        var metadata = ReadMetadata(trailers);
        Finish(trailers.TryGetValues(GrpcProtocol.StatusHeader, out _)
            ? ReadStatus(trailers, HttpStatusCode.OK)
            : (new Status(StatusCode.Internal, "No grpc-status found on response."), null), metadata);
    }

    private void Finish((Status Status, Google.Rpc.Status? Rich) outcome, Metadata trailers) =>
        Finish(outcome.Status, trailers, outcome.Rich);

    private void Finish(Status status, Metadata trailers, Google.Rpc.Status? rich = null) =>
        Finish(status.StatusCode == StatusCode.OK ? null : new RpcException(status, trailers, rich), status, trailers);

    private RpcException Finish(RpcException failure) => Finish(failure, failure.Status, failure.Trailers) ?? failure;

    /// <summary>Records how the call ended, once; returns the failure that stands (the first one).</summary>
    private RpcException? Finish(RpcException? failure, Status status, Metadata trailers)
    {
        if (status.StatusCode == StatusCode.Cancelled && LocalDeadlinePassed)
        {
            // The server saw our reset at the deadline as a cancellation; for the caller it is the deadline.
            status = new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded");
            failure = new RpcException(status, trailers);
        }
        lock (_sync)
        {
            if (_status is not null)
            {
                return _failure;
            }
            _status = status;
            _trailers = trailers;
            _failure = failure;
        }
        if (failure is not null && _responseHeaders.TrySetException(failure))
        {
            _ = _responseHeaders.Task.Exception;
        }
        _responseHeaders.TrySetResult([]);
        _requestContent?.Abort();
        var interceptors = _channel.Options.Interceptors;
        for (var i = interceptors.Count - 1; i >= 0; i--)
        {
            interceptors[i].AfterCall(_method.FullName, status, TimeSpan.FromSeconds(ElapsedSeconds));
        }
        return failure;
    }

    private void Cleanup()
    {
        _requestContent?.Abort();
        _response?.Dispose();
        _cts?.Dispose();
    }

    private static Metadata ReadMetadata(System.Net.Http.Headers.HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var header in headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                MetadataCodec.AddHeader(metadata, header.Key, value);
            }
        }
        return metadata;
    }
}
