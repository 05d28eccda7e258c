using Conflict.Cli.Cli;
using Conflict.Grpc;
using Conflict.Sources.V1;

namespace Conflict.Cli.Importing;

/// <summary>Streams source import items to ImportSources (client streaming).</summary>
internal static class SourceImport
{
    public static async Task<ImportSourcesResponse> RunAsync(SourcesServiceClient sources, IReadOnlyList<ImportSourcesRequest> items, CancellationToken ct)
    {
        using var call = sources.ImportSources(ct.Call());
        foreach (var item in items)
        {
            await call.RequestStream.WriteAsync(item, ct);
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
