using Conflict.Grpc;

namespace Conflict.Cli.Tests.Fakes;

/// <summary>A unary call whose response is already decided.</summary>
internal sealed class FakeUnaryCall<TResponse>(Task<TResponse> response) : IAsyncUnaryCall<TResponse>
{
    public Task<TResponse> ResponseAsync => response;

    public Task<Metadata> ResponseHeadersAsync => Task.FromResult(new Metadata());

    public Status GetStatus() => Status.DefaultSuccess;

    public Metadata GetTrailers() => [];

    public void Dispose()
    {
    }
}
