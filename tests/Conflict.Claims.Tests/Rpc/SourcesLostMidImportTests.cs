using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>The Sources service stops while an import is running (its own services, since it stops one of them).</summary>
public sealed class SourcesLostMidImportTests : IAsyncLifetime
{
    private readonly ClaimsServices _services = new();

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task ImportClaims_SourcesStopMidStream_UnavailableAndWhatCameBeforeIsKept()
    {
        // Arrange: three claims committed and reported while Sources is up
        var claimant = await _services.NewClaimantAsync();
        var client = _services.Claims;
        using var call = client.ImportClaims();
        await call.RequestStream.WriteAsync(new ImportClaimsRequest
        {
            Items = { Enumerable.Range(0, 3).Select(i => new ImportClaimsItem { RequestId = $"kept-{i}", Claim = Samples.Area(point: i, claimant: claimant) }) },
        });
        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(3, call.ResponseStream.Current.CreatedCount);

        // Act: a claimant not seen before on this stream needs the Sources service, which is gone
        _services.SourcesHost.Stop();
        await call.RequestStream.WriteAsync(new ImportClaimsRequest { Items = { new ImportClaimsItem { RequestId = "lost", Claim = Samples.Area(claimant: "sources/isw") } } });
        await call.RequestStream.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext())
            {
            }
        });

        // Assert
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        var stored = await client.ListAllAsync(new ListClaimsRequest { Claimant = claimant });
        Assert.Equal([0.0, 1.0, 2.0], stored.Select(c => c.Quantity.Low).Order());
        Assert.Empty(await client.ListAllAsync(new ListClaimsRequest { Claimant = "sources/isw" }));
    }
}
