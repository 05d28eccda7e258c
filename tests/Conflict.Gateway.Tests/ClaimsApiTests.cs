using Conflict.Claims.V1;
using Conflict.Gateway.Tests.Hosting;

namespace Conflict.Gateway.Tests;

public sealed class ClaimsApiTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    private const string NewClaim = """
        {"claimant":"sources/isw","measure":"measures/area_controlled","scope":{"party":"ua","place":"RU-KRS"},
         "quantity":{"qualifier":"QUALIFIER_APPROXIMATE","point":1100,"unit":"km2","text":"some 1,100 km²"},
         "asOf":{"startDate":"2024-08-20","endDate":"2024-08-20"},"quote":"an estimate of our own wording"}
        """;

    [Fact]
    public async Task CreateClaim_BodyIsClaim_ReturnsStoredClaim()
    {
        // Act
        var claim = await (await suite.Http.PostAsync("/v1/claims?requestId=r1", HttpJson.Body(NewClaim))).ReadMessageAsync<Claim>();
        // Assert
        Assert.StartsWith("claims/", claim.Name, StringComparison.Ordinal);
        Assert.Equal("area_controlled/ua/RU-KRS", claim.Variable);
        Assert.Equal(1100, claim.Quantity.Point);
    }

    [Fact]
    public async Task CreateClaim_MissingFields_ListsEveryViolation()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/claims", HttpJson.Body("""{"quote":"x"}"""))).ReadProblemAsync(400);
        // Assert
        var fields = problem.GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString()).ToList();
        Assert.Equal(["claim.measure", "claim.as_of.start_date"], fields);
    }

    [Fact]
    public async Task RetractClaim_CustomVerbOnResource_ReturnsRetractedClaim()
    {
        // Arrange
        var claim = await (await suite.Http.PostAsync("/v1/claims", HttpJson.Body(NewClaim))).ReadMessageAsync<Claim>();
        var id = claim.Name["claims/".Length..];
        // Act
        var retracted = await (await suite.Http.PostAsync($"/v1/claims/{id}:retract", HttpJson.Body("""{"reason":"withdrawn"}"""))).ReadMessageAsync<Claim>();
        var fetched = await (await suite.Http.GetAsync($"/v1/claims/{id}")).ReadMessageAsync<Claim>();
        // Assert
        Assert.Equal(ClaimState.Retracted, retracted.State);
        Assert.Equal(ClaimState.Retracted, fetched.State);
    }

    [Fact]
    public async Task BatchCreateClaims_TwoRequests_CreatesBoth()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/claims:batchCreate", HttpJson.Body($$"""{"requests":[{"claim":{{NewClaim}}},{"claim":{{NewClaim}}}]}"""));
        var batch = await response.ReadMessageAsync<BatchCreateClaimsResponse>();
        // Assert
        Assert.Equal(2, batch.Claims.Count);
    }

    [Fact]
    public async Task ImportClaims_BidirectionalBatches_ReturnsEveryProgressMessage()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/claims:import", HttpJson.Body($$"""[{"items":[{"requestId":"i1","claim":{{NewClaim}}}]},{"items":[{"requestId":"i2","claim":{{NewClaim}}}]}]"""));
        var json = await response.ReadJsonAsync();
        // Assert
        var progress = json.EnumerateArray().ToList();
        Assert.Equal(3, progress.Count);
        Assert.True(progress[^1].GetProperty("done").GetBoolean());
        Assert.Equal("2", progress[^1].GetProperty("createdCount").GetString());
    }

    [Fact]
    public async Task ListClaims_VariableQueryWithSlashes_Filters()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/claims?variable=localities_controlled/ua/RU-KRS&state=CLAIM_STATE_ACTIVE")).ReadMessageAsync<ListClaimsResponse>();
        // Assert
        Assert.Equal(2, page.Claims.Count);
        Assert.All(page.Claims, c => Assert.Equal("localities_controlled/ua/RU-KRS", c.Variable));
    }

    [Fact]
    public async Task ListClaims_UnknownQueryParameter_Returns400NamingIt()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/claims?colour=red")).ReadProblemAsync(400);
        // Assert
        Assert.Equal("INVALID_REQUEST", problem.GetProperty("type").GetString());
        Assert.Equal("colour", problem.GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task ListClaims_BadNumber_Returns400()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/claims?pageSize=many")).ReadProblemAsync(400);
        // Assert
        Assert.Equal("INVALID_ARGUMENT", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ListMeasures_ReturnsCatalog()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/measures")).ReadMessageAsync<ListMeasuresResponse>();
        // Assert
        Assert.Equal(MeasureKind.Level, Assert.Single(page.Measures).Kind);
    }

    [Fact]
    public async Task CreateDocument_TimestampInBody_ParsesRfc3339()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/documents", HttpJson.Body("""{"publisher":"AFP","publishTime":"2024-08-13T09:30:00Z","language":"en","text":"t"}"""));
        var document = await response.ReadMessageAsync<Document>();
        // Assert
        Assert.Equal(new DateTime(2024, 8, 13, 9, 30, 0, DateTimeKind.Utc), document.PublishTime.ToDateTime());
    }
}
