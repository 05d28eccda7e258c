using Conflict.Grpc;

namespace Conflict.Cli.Tests.Fakes;

/// <summary>Server-streaming, client-streaming and bidirectional fake calls over <see cref="FakeStreams{TRequest,TResponse}"/>.</summary>
internal sealed class FakeStreamingCall<TRequest, TResponse>(FakeStreams<TRequest, TResponse> streams)
    : IAsyncServerStreamingCall<TResponse>, IAsyncClientStreamingCall<TRequest, TResponse>, IAsyncDuplexStreamingCall<TRequest, TResponse>
{
    public IAsyncStreamReader<TResponse> ResponseStream => streams;

    public IClientStreamWriter<TRequest> RequestStream => streams;

    public Task<TResponse> ResponseAsync => streams.All.ContinueWith(t => t.Result.Single(), TaskScheduler.Default);

    public Task<Metadata> ResponseHeadersAsync => Task.FromResult(new Metadata());

    public Status GetStatus() => Status.DefaultSuccess;

    public Metadata GetTrailers() => [];

    public void Dispose()
    {
    }
}
