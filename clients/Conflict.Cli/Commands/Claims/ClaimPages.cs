using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Grpc.Core;

namespace Conflict.Cli.Commands.Claims;

/// <summary>Reads ListClaims page after page into one response.</summary>
internal static class ClaimPages
{
    public static async Task<ListClaimsResponse> ReadAsync(ClaimsService.ClaimsServiceClient claims, ListClaimsRequest request, int limit, CancellationToken ct)
    {
        var all = new ListClaimsResponse();
        request.PageSize = limit is > 0 and < 1000 ? limit : 1000;
        do
        {
            var page = await claims.ListClaimsAsync(request, ct.Call());
            all.Claims.AddRange(page.Claims);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0 && (limit <= 0 || all.Claims.Count < limit));
        while (limit > 0 && all.Claims.Count > limit)
        {
            all.Claims.RemoveAt(all.Claims.Count - 1);
        }
        return all;
    }
}
