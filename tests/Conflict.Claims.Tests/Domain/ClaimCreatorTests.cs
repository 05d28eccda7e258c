using Conflict.Claims.Claims;
using Conflict.Claims.Common;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Google.Rpc;
using Grpc.Core;

namespace Conflict.Claims.Tests.Domain;

/// <summary>Creation rules on a real SQLite file, without the transport.</summary>
public sealed class ClaimCreatorTests : IAsyncLifetime
{
    private ClaimsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await ClaimsDatabase.SqliteAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Create_RelaysOfOneStatement_ShareStatementKey()
    {
        // Arrange
        var viaAfp = new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/afp") };
        var viaIsw = new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/isw") };
        var other = new CreateClaimRequest { Claim = Samples.Area(point: 1100, reporter: "sources/afp") };

        // Act
        var a = await _db.Service.CreateAsync(viaAfp, Samples.Writer, default);
        var b = await _db.Service.CreateAsync(viaIsw, Samples.Writer, default);
        var c = await _db.Service.CreateAsync(other, Samples.Writer, default);

        // Assert
        Assert.Equal(a.StatementKey, b.StatementKey);
        Assert.NotEqual(a.StatementKey, c.StatementKey);
        Assert.Equal("area_controlled/ua/RU-KRS", a.Variable);
    }

    [Fact]
    public async Task Create_SquareMiles_NormalisedToKm2()
    {
        // Arrange
        var request = new CreateClaimRequest { Claim = Samples.Area(point: 386, unit: "square miles") };

        // Act
        var claim = await _db.Service.CreateAsync(request, Samples.Writer, default);

        // Assert
        Assert.Equal("km2", claim.NormalizedQuantity.Unit);
        Assert.Equal(999.735, claim.NormalizedQuantity.Low, 3);
        Assert.Equal(386, claim.Quantity.Low);
    }

    [Fact]
    public async Task BatchCreate_OneBadClaim_StoresNoneAndListsEveryProblem()
    {
        // Arrange
        var bad = Samples.Area(point: -5);
        bad.Quantity.Unit = "furlongs";
        var request = new BatchCreateClaimsRequest();
        request.Requests.Add(new CreateClaimRequest { Claim = Samples.Area(point: 42) });
        request.Requests.Add(new CreateClaimRequest { Claim = bad });

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => _db.Service.BatchCreateAsync(request, Samples.Writer, default));

        // Assert
        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
        var fields = error.GetBadRequest()!.FieldViolations.Select(v => v.Field);
        Assert.Contains("requests[1].claim.quantity.unit", fields);
        Assert.Empty(await _db.Claims.ListAsync(new ClaimFilter(), "", 10, default));
    }

    [Fact]
    public async Task Create_SourcesDown_UnavailableAndNothingStored()
    {
        // Arrange
        _db.Sources.Down = true;

        // Act
        var error = await Assert.ThrowsAsync<RpcException>(() => _db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area() }, Samples.Writer, default));

        // Assert
        Assert.Equal(global::Grpc.Core.StatusCode.Unavailable, error.StatusCode);
        Assert.Empty(await _db.Claims.ListAsync(new ClaimFilter(), "", 10, default));
    }

    [Fact]
    public async Task Create_UnresolvedClaimantText_KeptAsWrittenAndFlagged()
    {
        // Arrange
        var claim = Samples.Area(claimant: "");
        claim.ClaimantText = "a regional governor";

        // Act
        var created = await _db.Service.CreateAsync(new CreateClaimRequest { Claim = claim }, Samples.Writer, default);

        // Assert
        Assert.True(created.ClaimantUnresolved);
        Assert.Equal("", created.Claimant);
        Assert.Equal("a regional governor", created.ClaimantText);
    }

    [Fact]
    public async Task Create_SameRequestIdTwice_ReturnsFirstClaim()
    {
        // Arrange
        var request = new CreateClaimRequest { Claim = Samples.Area(), RequestId = "req-1" };

        // Act
        var first = await _db.Service.CreateAsync(request, Samples.Writer, default);
        var second = await _db.Service.CreateAsync(request, Samples.Writer, default);

        // Assert
        Assert.Equal(first.Name, second.Name);
        Assert.Single(await _db.Claims.ListAsync(new ClaimFilter(), "", 10, default));
    }

    [Fact]
    public async Task List_ByVariableWithPaging_TokenBoundToFilter()
    {
        // Arrange
        for (var i = 0; i < 3; i++)
        {
            await _db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(point: 100 + i) }, Samples.Writer, default);
        }
        var request = new ListClaimsRequest { Variable = "area_controlled/ua/RU-KRS", PageSize = 2 };

        // Act
        var first = await _db.Service.ListAsync(request, default);
        var last = await _db.Service.ListAsync(new ListClaimsRequest { Variable = request.Variable, PageSize = 2, PageToken = first.NextPageToken }, default);
        var misuse = await Assert.ThrowsAsync<RpcException>(() => _db.Service.ListAsync(new ListClaimsRequest { PageToken = first.NextPageToken }, default));

        // Assert
        Assert.Equal(2, first.Claims.Count);
        Assert.Single(last.Claims);
        Assert.Empty(last.NextPageToken);
        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, misuse.StatusCode);
    }

    [Fact]
    public void Problems_NestedPaths_JoinWithDots()
    {
        // Arrange
        var problems = new Problems("requests[0].claim");

        // Act
        problems.Under("quantity").Add("low", "bad");

        // Assert
        Assert.Equal("requests[0].claim.quantity.low", Assert.Single(problems.Items).Field);
    }
}
