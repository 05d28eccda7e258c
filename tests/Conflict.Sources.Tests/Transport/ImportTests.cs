using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>ImportSources: the demo catalog, idempotency by import key, and all-or-nothing failures.</summary>
public sealed class ImportTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task ImportSources_CatalogTwice_CreatesOnceThenSkipsEveryItem()
    {
        // Arrange
        using var fresh = new SourcesHost();
        var client = fresh.Client();
        // Act
        var first = await CatalogHost.ImportAsync(client, Catalog.Items);
        var second = await CatalogHost.ImportAsync(client, Catalog.Items);
        var syrsky = await client.GetSourceAsync(new GetSourceRequest { Name = "sources/syrsky" });
        // Assert
        Assert.Equal((Catalog.Items.Count, 0), (first.CreatedCount, first.ExistingCount));
        Assert.Equal((0, Catalog.Items.Count), (second.CreatedCount, second.ExistingCount));
        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal("sources/afu", syrsky.Parent);
        Assert.True(syrsky.Person);
    }

    [Fact]
    public async Task ImportSources_SameKeyTwiceInOneStream_CreatesOnce()
    {
        // Arrange
        var client = host.Client();
        var key = "dup-key-" + TestSources.Unique();
        var item = new ImportSourcesItem { ImportKey = key, Source = TestSources.Body("Import " + key, SourceKind.Blogger, "") };
        // Act
        var response = await CatalogHost.ImportAsync(client, [item, item]);
        // Assert
        Assert.Equal((1, 1), (response.CreatedCount, response.ExistingCount));
        Assert.Equal(response.Sources[0], response.Sources[1]);
    }

    [Fact]
    public async Task ImportSources_BadItems_ListsViolationsPerItemAndWritesNothing()
    {
        // Arrange
        var client = host.Client();
        var tag = TestSources.Unique();
        ImportSourcesItem[] items =
        [
            new() { ImportKey = tag + "/0", SourceId = "good-" + tag, Source = TestSources.Body("Good " + tag, SourceKind.Blogger, "") },
            new() { ImportKey = "", Source = new Source { DisplayName = "Bad " + tag } },
            new() { ImportKey = tag + "/2", Source = TestSources.Body("Worse " + tag, SourceKind.Blogger, "Nowhere") },
        ];
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await CatalogHost.ImportAsync(client, items));
        // Assert
        Assert.Equal(["items[1].import_key", "items[1].source.kind", "items[2].source.country"], RpcAssert.Fields(error));
        await RpcAssert.FailsAsync(StatusCode.NotFound, async () => await client.GetSourceAsync(new GetSourceRequest { Name = "sources/good-" + tag }));
    }

    [Fact]
    public async Task ImportSources_AliasConflictInLaterItem_RollsBackEarlierItems()
    {
        // Arrange
        var client = host.Client();
        var tag = TestSources.Unique();
        ImportSourcesItem[] items =
        [
            new() { ImportKey = tag + "/0", SourceId = "first-" + tag, Source = TestSources.Body("First " + tag, SourceKind.Blogger, "", "Shared " + tag) },
            new() { ImportKey = tag + "/1", SourceId = "second-" + tag, Source = TestSources.Body("Second " + tag, SourceKind.Blogger, "") },
            new() { ImportKey = tag + "/2", SourceId = "third-" + tag, Source = TestSources.Body("Third " + tag, SourceKind.Blogger, "", "shared " + tag) },
        ];
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.AlreadyExists, async () => await CatalogHost.ImportAsync(client, items));
        var retry = await CatalogHost.ImportAsync(client, items[..2]);
        // Assert
        Assert.Equal(["items[2].source.aliases[0].name"], RpcAssert.Fields(error));
        Assert.Equal((2, 0), (retry.CreatedCount, retry.ExistingCount));
    }
}
