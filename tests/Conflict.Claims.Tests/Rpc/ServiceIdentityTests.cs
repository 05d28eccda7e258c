using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Sources;
using Conflict.Sources.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>Claims calls Sources with its own identity, so it works where Sources lets no anonymous caller read.</summary>
public sealed class ServiceIdentityTests : IDisposable
{
    private readonly ServiceHost<SourcesServiceMarker> _sources = new();
    private readonly ServiceHost<ClaimsServiceMarker> _claims = new();

    public void Dispose()
    {
        _claims.Dispose();
        _sources.Dispose();
    }

    [Fact]
    public async Task CreateClaim_SourcesReadsNeedAToken_ClaimsResolvesTheClaimantAsItself()
    {
        // Arrange
        _sources.UseSetting("Auth:Reads", "Authenticated");
        var sources = new SourcesService.SourcesServiceClient(_sources.CreateChannel());
        await sources.CreateSourceAsync(new CreateSourceRequest
        {
            SourceId = "syrskyi",
            Source = new Source { DisplayName = "Oleksandr Syrskyi", Kind = SourceKind.Military, Country = "UA" },
        });
        _claims.UseSetting("Services:Sources", _sources.Address.ToString());
        var claims = new ClaimsService.ClaimsServiceClient(_claims.CreateChannel());
        var anonymous = new SourcesService.SourcesServiceClient(_sources.CreateChannel(security: Conflict.Client.Auth.ClientSecurity.None));

        // Act
        var created = await claims.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: "sources/syrskyi") });
        var refused = await Assert.ThrowsAsync<RpcException>(() => anonymous.GetSourceAsync(new GetSourceRequest { Name = "sources/syrskyi" }).ResponseAsync);

        // Assert
        Assert.Equal("sources/syrskyi", created.Claimant);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }
}
