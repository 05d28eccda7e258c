using Conflict.Gateway.Tests.Hosting;
using Conflict.Sources.V1;

namespace Conflict.Gateway.Tests;

public sealed class SourcesApiTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task ListSources_PageSizeQuery_PagesWithToken()
    {
        // Arrange
        var http = suite.Http;
        // Act
        var first = await (await http.GetAsync("/v1/sources?pageSize=2")).ReadMessageAsync<ListSourcesResponse>();
        var second = await (await http.GetAsync($"/v1/sources?page_size=2&page_token={first.NextPageToken}")).ReadMessageAsync<ListSourcesResponse>();
        // Assert
        Assert.Equal(2, first.Sources.Count);
        Assert.NotEmpty(first.NextPageToken);
        Assert.Equal(2, second.Sources.Count);
        Assert.DoesNotContain(second.Sources[0].Name, first.Sources.Select(s => s.Name));
    }

    [Fact]
    public async Task ListSources_EnumQuery_Filters()
    {
        // Act
        var page = await (await suite.Http.GetAsync("/v1/sources?kind=SOURCE_KIND_THINK_TANK")).ReadMessageAsync<ListSourcesResponse>();
        // Assert
        Assert.Equal("sources/isw", Assert.Single(page.Sources).Name);
    }

    [Fact]
    public async Task GetSource_Existing_ReturnsProto3Json()
    {
        // Act
        var response = await suite.Http.GetAsync("/v1/sources/syrsky");
        var json = await response.Content.ReadAsStringAsync();
        // Assert
        Assert.Contains("\"displayName\": \"Oleksandr Syrsky\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"SOURCE_KIND_MILITARY\"", json, StringComparison.Ordinal);
        Assert.Equal("sources/syrsky", (await response.ReadMessageAsync<Source>()).Name);
    }

    [Fact]
    public async Task GetSource_Missing_Returns404ProblemWithReason()
    {
        // Act
        var problem = await (await suite.Http.GetAsync("/v1/sources/nobody")).ReadProblemAsync(404);
        // Assert
        Assert.Equal("SOURCE_NOT_FOUND", problem.GetProperty("type").GetString());
        Assert.Equal("NOT_FOUND", problem.GetProperty("code").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("sources/nobody", problem.GetProperty("metadata").GetProperty("resource").GetString());
        Assert.Equal("sources", problem.GetProperty("service").GetString());
    }

    [Fact]
    public async Task CreateSource_BodyAndIdQuery_CreatesSource()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/sources?sourceId=deepstate", HttpJson.Body("""{"displayName":"DeepState","kind":"SOURCE_KIND_OSINT_GROUP","alignedParty":"ua"}"""));
        var source = await response.ReadMessageAsync<Source>();
        // Assert
        Assert.Equal("sources/deepstate", source.Name);
        Assert.Equal(SourceKind.OsintGroup, source.Kind);
    }

    [Fact]
    public async Task CreateSource_MissingField_Returns400WithFieldViolations()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/sources", HttpJson.Body("""{"kind":"SOURCE_KIND_BLOGGER"}"""))).ReadProblemAsync(400);
        // Assert
        Assert.Equal("INVALID_ARGUMENT", problem.GetProperty("code").GetString());
        var violation = Assert.Single(problem.GetProperty("fieldViolations").EnumerateArray());
        Assert.Equal("source.display_name", violation.GetProperty("field").GetString());
    }

    [Fact]
    public async Task CreateSource_UnknownJsonField_Returns400InvalidJson()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/sources", HttpJson.Body("""{"displayNam":"typo"}"""))).ReadProblemAsync(400);
        // Assert
        Assert.Equal("INVALID_JSON", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task UpdateSource_PathAndMask_UpdatesNamedSource()
    {
        // Arrange
        await suite.Http.PostAsync("/v1/sources?sourceId=renamed", HttpJson.Body("""{"displayName":"Old name","kind":"SOURCE_KIND_BLOGGER"}"""));
        // Act
        var response = await suite.Http.SendAsync(HttpJson.Patch("/v1/sources/renamed?updateMask=displayName", """{"displayName":"New name"}"""));
        var source = await response.ReadMessageAsync<Source>();
        // Assert
        Assert.Equal("sources/renamed", source.Name);
        Assert.Equal("New name", source.DisplayName);
    }

    [Fact]
    public async Task DeleteSource_StaleEtag_Returns409Aborted()
    {
        // Act
        var problem = await (await suite.Http.DeleteAsync("/v1/sources/afp?etag=stale")).ReadProblemAsync(409);
        // Assert
        Assert.Equal("ABORTED", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ResolveSource_CustomVerb_ReturnsMatch()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/sources:resolve", HttpJson.Body("""{"text":"Zelensky","language":"en"}"""));
        var resolved = await response.ReadMessageAsync<ResolveSourceResponse>();
        // Assert
        Assert.Equal("sources/zelensky", resolved.Match.Source);
    }

    [Fact]
    public async Task ImportSources_JsonArray_StreamsEveryItem()
    {
        // Act
        var response = await suite.Http.PostAsync("/v1/sources:import", HttpJson.Body("""
            [{"items":[{"importKey":"a","sourceId":"imp-a","source":{"displayName":"A","kind":"SOURCE_KIND_BLOGGER"}},
                       {"importKey":"b","sourceId":"imp-b","source":{"displayName":"B","kind":"SOURCE_KIND_BLOGGER"}}]}]
            """));
        var result = await response.ReadMessageAsync<ImportSourcesResponse>();
        // Assert
        Assert.Equal(2, result.CreatedCount);
        Assert.Equal(["sources/imp-a", "sources/imp-b"], result.Sources);
    }

    [Fact]
    public async Task UnimplementedRpc_Returns501Problem()
    {
        // Act
        var problem = await (await suite.Http.PostAsync("/v1/sources/afp:undelete", HttpJson.Body("{}"))).ReadProblemAsync(501);
        // Assert
        Assert.Equal("UNIMPLEMENTED", problem.GetProperty("code").GetString());
    }
}
