using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>The Claims service pointed at a Sources address where nothing listens.</summary>
public sealed class SourcesDownRpcTests : IDisposable
{
    private readonly ServiceHost<ClaimsServiceMarker> _host = new();
    private readonly ClaimsService.ClaimsServiceClient _client;

    public SourcesDownRpcTests()
    {
        _host.UseSetting("Services:Sources", "http://127.0.0.1:9");
        _client = new ClaimsService.ClaimsServiceClient(_host.CreateChannel());
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateClaim_SourcesDown_UnavailableAndNothingStored()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area() }).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Empty(await _client.ListAllAsync(new ListClaimsRequest()));
    }

    [Fact]
    public async Task BatchAndImport_SourcesDown_UnavailableAndNothingStored()
    {
        // Arrange
        var batch = new BatchCreateClaimsRequest();
        batch.Requests.Add(new CreateClaimRequest { Claim = Samples.Area() });

        // Act
        var batchError = await Assert.ThrowsAsync<RpcException>(() => _client.BatchCreateClaimsAsync(batch).ResponseAsync);
        var importError = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = _client.ImportClaims();
            await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { new ImportClaimsItem { RequestId = "x", Claim = Samples.Area() } } });
            await call.RequestStream.CompleteAsync();
            while (await call.ResponseStream.MoveNext())
            {
            }
        });

        // Assert
        Assert.Equal(StatusCode.Unavailable, batchError.StatusCode);
        Assert.Equal(StatusCode.Unavailable, importError.StatusCode);
        Assert.Empty(await _client.ListAllAsync(new ListClaimsRequest()));
    }
}
