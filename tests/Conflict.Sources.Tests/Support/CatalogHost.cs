using Conflict.Grpc;
using Conflict.Sources.V1;
using Conflict.Testing;

namespace Conflict.Sources.Tests.Support;

/// <summary>The Sources service with demo/sources.json imported through ImportSources.</summary>
public sealed class CatalogHost : IAsyncLifetime, IDisposable
{
    public ServiceHost<SourcesServiceMarker> Host { get; } = new();

    public ImportSourcesResponse? Imported { get; private set; }

    public SourcesServiceClient Client() => new(Host.CreateChannel());

    public async Task InitializeAsync() => Imported = await ImportAsync(Client(), Catalog.Items);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Host.Dispose();

    public static async Task<ImportSourcesResponse> ImportAsync(SourcesServiceClient client, IEnumerable<ImportSourcesRequest> items)
    {
        using var call = client.ImportSources();
        foreach (var item in items)
        {
            await call.RequestStream.WriteAsync(item);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
