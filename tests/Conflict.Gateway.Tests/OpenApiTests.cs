using Conflict.Gateway.Tests.Hosting;

namespace Conflict.Gateway.Tests;

public sealed class OpenApiTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [Fact]
    public async Task OpenApi_Document_ListsRoutesWithSchemas()
    {
        // Act
        var doc = await (await suite.Http.GetAsync("/openapi.json")).ReadJsonAsync();
        // Assert
        var paths = doc.GetProperty("paths");
        Assert.Equal("3.1.0", doc.GetProperty("openapi").GetString());
        Assert.True(paths.GetProperty("/v1/sources/{source}").TryGetProperty("patch", out _));
        Assert.True(paths.GetProperty("/v1/timelines/{variable}:explain").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/v1/claims/{claim}:retract").TryGetProperty("post", out _));
        var watch = paths.GetProperty("/v1/timelines/{variable}:watch").GetProperty("get");
        Assert.True(watch.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
        var list = paths.GetProperty("/v1/sources").GetProperty("get");
        Assert.Contains(list.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize");
        var source = doc.GetProperty("components").GetProperty("schemas").GetProperty("conflict.sources.v1.Source");
        Assert.Equal("date-time", source.GetProperty("properties").GetProperty("createTime").GetProperty("format").GetString());
        Assert.True(source.GetProperty("properties").GetProperty("kind").TryGetProperty("enum", out _));
    }

    [Fact]
    public async Task OpenApi_EveryOperation_HasProblemResponse()
    {
        // Act
        var doc = await (await suite.Http.GetAsync("/openapi.json")).ReadJsonAsync();
        // Assert
        var operations = doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.True(operations.Count >= 35, $"only {operations.Count} operations");
        Assert.All(operations, o => Assert.True(o.Value.GetProperty("responses").TryGetProperty("4XX", out _)));
    }
}
