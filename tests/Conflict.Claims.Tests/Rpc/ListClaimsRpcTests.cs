using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Type.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>ListClaims filters and paging through the real transport.</summary>
public sealed class ListClaimsRpcTests(ClaimsServices services) : IClassFixture<ClaimsServices>
{
    private ClaimsService.ClaimsServiceClient Client => services.Claims;

    [Fact]
    public async Task ListClaims_PageSizeTwo_ReturnsTokenUntilExhausted()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        for (var i = 0; i < 3; i++)
        {
            await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(point: i, claimant: claimant) });
        }

        // Act
        var first = await Client.ListClaimsAsync(new ListClaimsRequest { Claimant = claimant, PageSize = 2 });
        var last = await Client.ListClaimsAsync(new ListClaimsRequest { Claimant = claimant, PageSize = 2, PageToken = first.NextPageToken });

        // Assert
        Assert.Equal([0.0, 1], first.Claims.Select(c => c.Quantity.Low));
        Assert.Equal([2.0], last.Claims.Select(c => c.Quantity.Low));
        Assert.Empty(last.NextPageToken);
    }

    [Fact]
    public async Task ListClaims_TokenWithOtherFilter_InvalidArgument()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });
        await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant) });
        var first = await Client.ListClaimsAsync(new ListClaimsRequest { Claimant = claimant, PageSize = 1 });

        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.ListClaimsAsync(new ListClaimsRequest { Reporter = "sources/afp", PageToken = first.NextPageToken }).ResponseAsync);
        var garbage = await ViolationAssert.FieldsAsync(() => Client.ListClaimsAsync(new ListClaimsRequest { PageToken = "not-a-token!" }).ResponseAsync);

        // Assert
        Assert.Equal(["page_token"], fields);
        Assert.Equal(["page_token"], garbage);
    }

    [Fact]
    public async Task ListClaims_NegativePageSize_InvalidArgument()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.ListClaimsAsync(new ListClaimsRequest { PageSize = -1 }).ResponseAsync);

        // Assert
        Assert.Equal(["page_size"], fields);
    }

    [Fact]
    public async Task ListClaims_EachFilter_SelectsMatchingClaims()
    {
        // Arrange
        var claimant = await services.NewClaimantAsync();
        var document = await Client.NewDocumentAsync();
        var inDocument = Samples.Area(claimant: claimant, reporter: "sources/afp", asOf: "2024-08-10");
        inDocument.Document = document.Name;
        var a = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = inDocument });
        var otherPlace = Samples.Area(claimant: claimant, asOf: "2024-09-01");
        otherPlace.Scope = new Scope { Party = "ua", Place = "UA-59" };
        var b = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = otherPlace });
        var c = await Client.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(claimant: claimant, reporter: "sources/isw", asOf: "2024-10-01") });

        // Act
        async Task<string[]> Names(ListClaimsRequest r)
        {
            r.Claimant = claimant;
            return [.. (await Client.ListAllAsync(r)).Select(x => x.Name)];
        }

        // Assert
        Assert.Equal([a.Name, c.Name], await Names(new ListClaimsRequest { Variable = "area_controlled/ua/RU-KRS" }));
        Assert.Equal([b.Name], await Names(new ListClaimsRequest { Variable = "area_controlled/ua/UA-59" }));
        Assert.Equal([a.Name], await Names(new ListClaimsRequest { Reporter = "sources/afp" }));
        Assert.Equal([a.Name], await Names(new ListClaimsRequest { Document = document.Name }));
        Assert.Equal([b.Name, c.Name], await Names(new ListClaimsRequest { AsOfFrom = "2024-08-15" }));
        Assert.Equal([a.Name, b.Name], await Names(new ListClaimsRequest { AsOfTo = "2024-09-01" }));
        Assert.Equal([a.Name, b.Name, c.Name], await Names(new ListClaimsRequest { Measure = "measures/area_controlled" }));
    }

    [Fact]
    public async Task ListClaims_BadFilters_ListsEveryProblem()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(() => Client.ListClaimsAsync(new ListClaimsRequest
        {
            Variable = "area_controlled",
            Claimant = "zelensky",
            AsOfFrom = "August 2024",
            PageSize = -5,
        }).ResponseAsync);

        // Assert
        Assert.Equal(["as_of_from", "claimant", "page_size", "variable"], fields.Order(StringComparer.Ordinal));
    }
}
