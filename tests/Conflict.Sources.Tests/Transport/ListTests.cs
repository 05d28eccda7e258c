using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>ListSources: paging through hundreds of sources, filters, and page tokens.</summary>
public sealed class ListTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task ListSources_PagingThroughHundreds_ReturnsEachOnceInIdOrder()
    {
        // Arrange
        var client = host.Client();
        var prefix = "Pager " + TestSources.Unique();
        await SeedAsync(client, prefix, 340);
        var names = new List<string>();
        var token = "";
        var pages = 0;
        // Act
        do
        {
            var page = await client.ListSourcesAsync(new ListSourcesRequest { PageSize = 37, PageToken = token, NamePrefix = prefix });
            names.AddRange(page.Sources.Select(s => s.Name));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);
        // Assert
        Assert.Equal(340, names.Count);
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(10, pages);
    }

    [Fact]
    public async Task ListSources_PageSizeZeroAndHuge_UseDefaultAndMaximum()
    {
        // Arrange
        var client = host.Client();
        var prefix = "Sizer " + TestSources.Unique();
        await SeedAsync(client, prefix, 60);
        // Act
        var byDefault = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix });
        var huge = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, PageSize = 100_000 });
        // Assert
        Assert.Equal(50, byDefault.Sources.Count);
        Assert.NotEmpty(byDefault.NextPageToken);
        Assert.Equal(60, huge.Sources.Count);
        Assert.Empty(huge.NextPageToken);
    }

    [Fact]
    public async Task ListSources_TokenOfAnotherQuery_IsInvalid()
    {
        // Arrange
        var client = host.Client();
        var prefix = "Tokener " + TestSources.Unique();
        await SeedAsync(client, prefix, 3);
        var first = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, PageSize = 1 });
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () =>
            await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, PageSize = 1, Country = "UA", PageToken = first.NextPageToken }));
        // Assert
        Assert.Equal(["page_token"], RpcAssert.Fields(error));
    }

    [Fact]
    public async Task ListSources_Filters_SelectByKindPartyCountryAndPrefix()
    {
        // Arrange
        var client = host.Client();
        var tag = TestSources.Unique();
        await CreateAsync(client, $"Filter {tag} ua army", SourceKind.Military, "UA", "ua");
        await CreateAsync(client, $"Filter {tag} ru army", SourceKind.Military, "RU", "ru");
        await CreateAsync(client, $"Filter {tag} wire", SourceKind.NewsAgency, "FR", "");
        var prefix = $"filter {tag}";
        // Act
        var military = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, Kind = SourceKind.Military });
        var russian = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, AlignedParty = "ru" });
        var independent = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, AlignedParty = "none" });
        var ukrainian = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = prefix, Country = "UA" });
        var byAlias = await client.ListSourcesAsync(new ListSourcesRequest { NamePrefix = $"ALIAS-{tag}" });
        // Assert
        Assert.Equal(2, military.Sources.Count);
        Assert.Equal($"Filter {tag} ru army", Assert.Single(russian.Sources).DisplayName);
        Assert.Equal($"Filter {tag} wire", Assert.Single(independent.Sources).DisplayName);
        Assert.Equal($"Filter {tag} ua army", Assert.Single(ukrainian.Sources).DisplayName);
        Assert.Equal(3, byAlias.Sources.Count);
    }

    private static async Task CreateAsync(SourcesService.SourcesServiceClient client, string name, SourceKind kind, string country, string party)
    {
        var source = TestSources.Body(name, kind, country, "alias-" + name.Split(' ')[1] + " " + name.Split(' ', 3)[2]);
        source.AlignedParty = party;
        await client.CreateSourceAsync(new CreateSourceRequest { Source = source });
    }

    private static Task<ImportSourcesResponse> SeedAsync(SourcesService.SourcesServiceClient client, string prefix, int count)
        => CatalogHost.ImportAsync(client, Enumerable.Range(0, count).Select(i => new ImportSourcesItem
        {
            ImportKey = $"{prefix}/{i}",
            Source = TestSources.Body($"{prefix} {i:D4}", SourceKind.NewsOutlet, "FR"),
        }));
}
