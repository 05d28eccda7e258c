using Conflict.Claims.V1;
using Conflict.Gateway.Tests.Hosting;
using Conflict.Sources.V1;

namespace Conflict.Gateway.Tests;

/// <summary>The gateway in front of the real Sources and Claims services.</summary>
public sealed class RealServicesTests(RealSuiteFixture suite) : IClassFixture<RealSuiteFixture>
{
    private async Task<Source> CreateSourceAsync(string id, string body)
        => await (await suite.Http.PostAsync($"/v1/sources?sourceId={id}", HttpJson.Body(body))).ReadMessageAsync<Source>();

    [Fact]
    public async Task Source_CreateGetUpdateDelete_RoundTripsThroughGateway()
    {
        // Arrange
        var created = await CreateSourceAsync("gw-rt", """{"displayName":"Gateway Round Trip","kind":"SOURCE_KIND_NEWS_OUTLET","country":"FR"}""");
        // Act
        var fetched = await (await suite.Http.GetAsync("/v1/sources/gw-rt")).ReadMessageAsync<Source>();
        var updated = await (await suite.Http.SendAsync(HttpJson.Patch("/v1/sources/gw-rt?updateMask=displayName", """{"displayName":"Renamed Outlet"}"""))).ReadMessageAsync<Source>();
        var deleted = await (await suite.Http.DeleteAsync("/v1/sources/gw-rt")).ReadMessageAsync<Source>();
        // Assert
        Assert.Equal("sources/gw-rt", created.Name);
        Assert.Equal("Gateway Round Trip", fetched.DisplayName);
        Assert.Equal("Renamed Outlet", updated.DisplayName);
        Assert.Equal("FR", updated.Country);
        Assert.NotNull(deleted.DeleteTime);
    }

    [Fact]
    public async Task GetSource_Missing_Returns404WithServiceReason()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/sources/never-created")).ReadProblemAsync(404);
        // Assert
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
        Assert.Equal("RESOURCE_NOT_FOUND", problem.GetProperty("type").GetString());
        Assert.Equal("conflict", problem.GetProperty("domain").GetString());
        Assert.Equal("sources/never-created", problem.GetProperty("metadata").GetProperty("resource").GetString());
    }

    [Fact]
    public async Task CreateSource_Invalid_Returns400WithEveryViolation()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/sources?sourceId=Bad_Id", HttpJson.Body("{}"))).ReadProblemAsync(400);
        // Assert
        Assert.Equal("INVALID_ARGUMENT", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("fieldViolations").GetArrayLength() >= 2, problem.ToString());
    }

    [Fact]
    public async Task CreateSource_DuplicateId_Returns409()
    {
        // Arrange
        await CreateSourceAsync("gw-dup", """{"displayName":"Duplicate Test","kind":"SOURCE_KIND_BLOGGER"}""");
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/sources?sourceId=gw-dup", HttpJson.Body("""{"displayName":"Duplicate Test 2","kind":"SOURCE_KIND_BLOGGER"}"""))).ReadProblemAsync(409);
        // Assert
        Assert.Equal("ALREADY_EXISTS", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ResolveSource_Alias_FindsSource()
    {
        // Arrange
        await CreateSourceAsync("gw-resolve", """{"displayName":"Gateway Resolve Agency","kind":"SOURCE_KIND_NEWS_AGENCY","aliases":[{"name":"GRA"}]}""");
        // Act
        var resolved = await (await suite.Http.PostAsync("/v1/sources:resolve", HttpJson.Body("""{"text":"GRA"}"""))).ReadMessageAsync<ResolveSourceResponse>();
        // Assert
        Assert.Equal("sources/gw-resolve", resolved.Match?.Source);
    }

    [Fact]
    public async Task Claim_CreateThenRetract_ThroughGateway()
    {
        // Arrange
        await CreateSourceAsync("gw-claimant", """{"displayName":"Gateway Claimant","kind":"SOURCE_KIND_MILITARY","alignedParty":"ua"}""");
        var body = """
            {"claimant":"sources/gw-claimant","measure":"measures/incursion_depth","scope":{"party":"ua","place":"RU-BRY"},
             "quantity":{"qualifier":"QUALIFIER_APPROXIMATE","point":12,"unit":"km","text":"about 12 km"},
             "asOf":{"startDate":"2024-10-01","endDate":"2024-10-01"},"quote":"a figure in our own words"}
            """;
        // Act
        var claim = await (await suite.Http.PostAsync("/v1/claims", HttpJson.Body(body))).ReadMessageAsync<Claim>();
        var retracted = await (await suite.Http.PostAsync($"/v1/{claim.Name}:retract", HttpJson.Body("""{"reason":"test"}"""))).ReadMessageAsync<Claim>();
        var listed = await (await suite.Http.GetAsync("/v1/claims?claimant=sources/gw-claimant")).ReadMessageAsync<ListClaimsResponse>();
        // Assert
        Assert.Equal("incursion_depth/ua/RU-BRY", claim.Variable);
        Assert.Equal(ClaimState.Retracted, retracted.State);
        Assert.Contains(listed.Claims, c => c.Name == claim.Name);
    }

    [Fact]
    public async Task ListMeasures_ReturnsShippedCatalog()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/measures?pageSize=100")).ReadMessageAsync<ListMeasuresResponse>();
        // Assert
        Assert.Contains(page.Measures, m => m.Name == "measures/area_controlled");
    }

    [Fact]
    public async Task Readyz_RealServices_AllServing()
    {
        // Act
        var json = await (await suite.Http.GetAsync("/readyz")).ReadJsonAsync();
        // Assert
        Assert.Equal("SERVING", json.GetProperty("status").GetString());
    }
}
