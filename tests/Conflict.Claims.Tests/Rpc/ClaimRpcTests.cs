using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>Claim RPCs through the real transport, a real Sources service and real SQLite.</summary>
public sealed class ClaimRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task CreateClaim_ThenGetClaim_ReturnsStoredClaim()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();

        // Act
        var created = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });
        var read = await Client.GetClaimAsync(new GetClaimRequest { Name = created.Name });

        // Assert
        Assert.Equal(created, read);
        Assert.StartsWith("claims/", created.Name, StringComparison.Ordinal);
        Assert.Equal(ClaimState.Active, read.State);
        Assert.Equal(ClaimOrigin.Manual, read.Origin);
        Assert.Equal("area_controlled/ua/RU-KRS", read.Variable);
    }

    [Fact]
    public async Task CreateClaim_ClaimantTextIsAlias_ResolvedThroughSources()
    {
        // Arrange
        var claim = Samples.Area(claimant: "");
        claim.ClaimantText = "Zelensky";

        // Act
        var created = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim });

        // Assert
        Assert.Equal("sources/zelensky", created.Claimant);
        Assert.False(created.ClaimantUnresolved);
        Assert.Equal("Zelensky", created.ClaimantText);
    }

    [Fact]
    public async Task CreateClaim_ClaimantTextUnknown_KeptAsWrittenAndFlagged()
    {
        // Arrange
        var claim = Samples.Area(claimant: "");
        claim.ClaimantText = "an unnamed local official";

        // Act
        var created = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = claim });

        // Assert
        Assert.Equal("", created.Claimant);
        Assert.True(created.ClaimantUnresolved);
        Assert.Equal("an unnamed local official", created.ClaimantText);
    }

    [Fact]
    public async Task CreateClaim_OneStatementRelayedByTwoReporters_ShareStatementKey()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var viaAfp = Samples.Area(claimant: claimant);
        viaAfp.ReporterText = "AFP";
        var viaIsw = Samples.Area(claimant: claimant, reporter: "sources/isw");
        var otherValue = Samples.Area(point: 800, claimant: claimant, reporter: "sources/isw");

        // Act
        var a = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = viaAfp });
        var b = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = viaIsw });
        var c = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = otherValue });

        // Assert
        Assert.Equal("sources/afp", a.Reporter);
        Assert.Equal(a.StatementKey, b.StatementKey);
        Assert.NotEqual(a.StatementKey, c.StatementKey);
        Assert.NotEqual(a.Name, b.Name);
    }

    [Fact]
    public async Task CreateClaim_SameRequestIdTwice_ReturnsTheFirstClaim()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var request = new CreateClaimRequest { Claim = Samples.Area(claimant: claimant), RequestId = Guid.NewGuid().ToString() };

        // Act
        var first = await Client.CreateClaimAsync(request);
        var retry = await Client.CreateClaimAsync(request);

        // Assert
        Assert.Equal(first.Name, retry.Name);
        Assert.Single(await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant }));
    }

    [Fact]
    public async Task BatchCreateClaims_AllValid_CreatesInOrder()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var request = new BatchCreateClaimsRequest();
        request.Requests.Add(Enumerable.Range(1, 3).Select(i => new CreateClaimRequest { Claim = Samples.Area(point: i, claimant: claimant) }));

        // Act
        var response = await Client.BatchCreateClaimsAsync(request);

        // Assert
        Assert.Equal([1.0, 2, 3], response.Claims.Select(c => c.Quantity.Low));
        Assert.Equal(3, (await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant })).Count);
    }

    [Fact]
    public async Task BatchCreateClaims_OneBadClaim_StoresNone()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var request = new BatchCreateClaimsRequest();
        request.Requests.Add(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });
        request.Requests.Add(new CreateClaimRequest { Claim = Samples.Area(point: -10, claimant: claimant) });

        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.BatchCreateClaimsAsync(request).ResponseAsync);

        // Assert
        Assert.Equal(["requests[1].claim.quantity.low"], fields);
        Assert.Empty(await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant }));
    }

    [Fact]
    public async Task SupersedeClaim_ActiveClaim_NewClaimAndOriginalKept()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var original = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(point: 74, claimant: claimant) });

        // Act
        var correction = await Client.SupersedeClaimAsync(new SupersedeClaimRequest { Name = original.Name, Claim = Samples.Area(point: 82, claimant: claimant), Reason = "typo" });
        var before = await Client.GetClaimAsync(new GetClaimRequest { Name = original.Name });
        var again = await Assert.ThrowsAsync<RpcException>(() => Client.SupersedeClaimAsync(new SupersedeClaimRequest { Name = original.Name, Claim = Samples.Area(claimant: claimant) }).ResponseAsync);

        // Assert
        Assert.Equal(original.Name, correction.Supersedes);
        Assert.Equal(ClaimState.Superseded, before.State);
        Assert.Equal(correction.Name, before.SupersededBy);
        Assert.Equal(74, before.Quantity.Low);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        var active = await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant, State = ClaimState.Active });
        Assert.Equal([correction.Name], active.Select(c => c.Name));
    }

    [Fact]
    public async Task RetractClaim_ActiveClaim_RetractedAndStillReadable()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var claim = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });

        // Act
        var retracted = await Client.RetractClaimAsync(new RetractClaimRequest { Name = claim.Name, Reason = "withdrawn" });
        var twice = await Assert.ThrowsAsync<RpcException>(() => Client.RetractClaimAsync(new RetractClaimRequest { Name = claim.Name }).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => Client.RetractClaimAsync(new RetractClaimRequest { Name = "claims/nope" }).ResponseAsync);

        // Assert
        Assert.Equal(ClaimState.Retracted, retracted.State);
        Assert.Equal(ClaimState.Retracted, (await Client.GetClaimAsync(new GetClaimRequest { Name = claim.Name })).State);
        Assert.Equal(StatusCode.FailedPrecondition, twice.StatusCode);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.Single(await Client.ListAllAsync(new ListClaimsRequest { Claimant = claimant, State = ClaimState.Retracted }));
    }

    [Fact]
    public async Task GetClaim_Unknown_NotFound()
    {
        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.GetClaimAsync(new GetClaimRequest { Name = "claims/0000" }).ResponseAsync);

        // Assert
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }
}
