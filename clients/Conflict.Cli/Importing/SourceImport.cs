using Conflict.Cli.Cli;
using Conflict.Client;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Cli.Importing;

/// <summary>Streams source import items to ImportSources (client streaming), in batches.</summary>
internal static class SourceImport
{
    public static async Task<ImportSourcesResponse> RunAsync(SourcesService.SourcesServiceClient sources, IReadOnlyList<ImportSourcesItem> items, CancellationToken ct)
    {
        using var call = sources.ImportSources(ct.Call());
        foreach (var batch in Batches.Of(items))
        {
            await call.RequestStream.WriteAsync(new ImportSourcesRequest { Items = { batch } }, ct);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
