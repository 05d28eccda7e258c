using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Support;

/// <summary>Conveniences for tests over the typed client.</summary>
internal static class ClaimsClientExtensions
{
    /// <summary>Every claim matching <paramref name="request"/>, following the page tokens.</summary>
    public static async Task<List<Claim>> ListAllAsync(this ClaimsService.ClaimsServiceClient client, ListClaimsRequest request)
    {
        var all = new List<Claim>();
        var page = request.Clone();
        page.PageSize = 1000;
        do
        {
            var response = await client.ListClaimsAsync(page);
            all.AddRange(response.Claims);
            page.PageToken = response.NextPageToken;
        }
        while (page.PageToken.Length > 0);
        return all;
    }

    public static async Task<Document> NewDocumentAsync(this ClaimsService.ClaimsServiceClient client, string publishTime = "2024-08-21T10:00:00Z", string publisher = "Test Wire")
        => await client.CreateDocumentAsync(new CreateDocumentRequest
        {
            Document = Samples.Article($"Officials said on Tuesday that the front moved. Reference {Guid.NewGuid():N}.", publishTime, publisher),
        });
}
