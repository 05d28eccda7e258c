using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>Bad names, list filters, page tokens and resolve requests: INVALID_ARGUMENT with every field violation.</summary>
public sealed class RequestValidationTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Theory]
    [InlineData("")]
    [InlineData("sources/")]
    [InlineData("sources/Upper")]
    [InlineData("claims/abc")]
    public async Task GetSource_MalformedName_IsInvalid(string name)
    {
        // Arrange
        var client = host.Client();
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.GetSourceAsync(new GetSourceRequest { Name = name }));
        // Assert
        Assert.Equal(["name"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task ListSources_BadFilters_ListsEveryViolation()
    {
        // Arrange
        var client = host.Client();
        var request = new ListSourcesRequest { PageSize = -1, Kind = (SourceKind)77, AlignedParty = "Russia", Country = "ru", PageToken = "not-a-token" };
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.ListSourcesAsync(request));
        // Assert
        Assert.Equal(["aligned_party", "country", "kind", "page_size", "page_token"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task ResolveSource_EmptyText_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.ResolveSourceAsync(new ResolveSourceRequest { Text = " " }));
        // Assert
        Assert.Equal(["text"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task BatchResolveSources_EmptyTexts_NamesEachItem()
    {
        // Arrange
        var client = host.Client();
        var request = new BatchResolveSourcesRequest { Requests = { new ResolveSourceRequest { Text = "ok" }, new ResolveSourceRequest(), new ResolveSourceRequest { Text = "" } } };
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await client.BatchResolveSourcesAsync(request));
        // Assert
        Assert.Equal(["requests[1].text", "requests[2].text"], RpcAssert.Fields(error));
    }
}
