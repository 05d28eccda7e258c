using System.Security.Cryptography;
using Conflict.Bench.Crash;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Sources.V1;
using Google.Protobuf;

namespace Conflict.Bench.Fuzz;

/// <summary>A hash of everything the suite stores that a write can touch: sources (deleted too), claims, documents, measures.</summary>
internal static class StoreDigest
{
    public static async Task<string> OfAsync(ProcessSuite suite)
    {
        var sources = new SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources));
        var claims = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await AddPagesAsync(hash, t => sources.ListSourcesAsync(new ListSourcesRequest { PageSize = 1000, ShowDeleted = true, PageToken = t }).ResponseAsync, r => r.NextPageToken);
        await AddPagesAsync(hash, t => claims.ListClaimsAsync(new ListClaimsRequest { PageSize = 1000, PageToken = t }).ResponseAsync, r => r.NextPageToken);
        await AddPagesAsync(hash, t => claims.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 1000, PageToken = t }).ResponseAsync, r => r.NextPageToken);
        await AddPagesAsync(hash, t => claims.ListMeasuresAsync(new ListMeasuresRequest { PageSize = 1000, PageToken = t }).ResponseAsync, r => r.NextPageToken);
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static async Task AddPagesAsync<T>(IncrementalHash hash, Func<string, Task<T>> page, Func<T, string> next)
        where T : IMessage
    {
        var token = "";
        do
        {
            var response = await page(token);
            hash.AppendData(response.ToByteArray());
            token = next(response);
        }
        while (token.Length > 0);
    }
}
