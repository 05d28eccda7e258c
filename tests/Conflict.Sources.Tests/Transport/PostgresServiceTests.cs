using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>The whole service on PostgreSQL (Storage:Provider=postgres) through real Kestrel; runs when CONFLICT_TEST_POSTGRES is set.</summary>
public sealed class PostgresServiceTests
{
    [PostgresFact]
    public async Task Service_OnPostgres_ImportsResolvesListsAndStreams()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("sources_test");
        using var host = new ServiceHost<SourcesServiceMarker>();
        host.UseSetting("Storage:Provider", "postgres").UseSetting("ConnectionStrings:Sources", scratch.ConnectionString);
        var client = new SourcesService.SourcesServiceClient(host.CreateChannel());
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        // Act
        var imported = await CatalogHost.ImportAsync(client, Catalog.Items);
        var resolved = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = "le président Poutine", Language = "fr" });
        var page = await client.ListSourcesAsync(new ListSourcesRequest { Country = "RU", PageSize = 5 });
        var next = await client.ListSourcesAsync(new ListSourcesRequest { Country = "RU", PageSize = 5, PageToken = page.NextPageToken });
        using var watch = client.WatchSources(new WatchSourcesRequest { AfterSequence = imported.CreatedCount }, new CallOptions(cancellationToken: cts.Token));
        var reading = watch.ResponseStream.MoveNext(cts.Token);
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Late Outlet", SourceKind.NewsOutlet, "FR") });
        // Assert
        Assert.Equal(Catalog.Items.Count, imported.CreatedCount);
        Assert.Equal("sources/putin", resolved.Match?.Source);
        Assert.Equal(5, page.Sources.Count);
        Assert.True(string.CompareOrdinal(page.Sources[^1].Name, next.Sources[0].Name) < 0);
        Assert.True(await reading);
        Assert.Equal(created.Name, watch.ResponseStream.Current.Source.Name);
    }
}
