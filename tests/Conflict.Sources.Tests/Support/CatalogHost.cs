using Conflict.Sources.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Sources.Tests.Support;

/// <summary>The Sources service with demo/sources.json imported through ImportSources.</summary>
public sealed class CatalogHost : IAsyncLifetime, IDisposable
{
    public ServiceHost<SourcesServiceMarker> Host { get; } = new();

    public ImportSourcesResponse? Imported { get; private set; }

    public SourcesService.SourcesServiceClient Client() => new(Host.CreateChannel());

    public async Task InitializeAsync() => Imported = await ImportAsync(Client(), Catalog.Items);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Host.Dispose();

    /// <summary>Imports the items in messages of <paramref name="batchSize"/> items each.</summary>
    public static async Task<ImportSourcesResponse> ImportAsync(SourcesService.SourcesServiceClient client, IEnumerable<ImportSourcesItem> items, int batchSize = Batches.MaxItems)
    {
        using var call = client.ImportSources();
        foreach (var batch in Batches.Of(items, batchSize))
        {
            await call.RequestStream.WriteAsync(new ImportSourcesRequest { Items = { batch } });
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
