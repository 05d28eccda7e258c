using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Claims;

/// <summary>Creating claims, recorded as created by the calling principal, and reading them.</summary>
internal sealed class ClaimService(ClaimCreator creator, ClaimStore store)
{
    public const int MaxBatch = 1000;

    public async Task<Claim> CreateAsync(CreateClaimRequest request, string principal, CancellationToken ct)
    {
        if (request.Claim is null)
        {
            throw RpcErrors.InvalidArgument("claim", "is required");
        }
        var rows = await creator.CreateAsync([(new ClaimInput(request.Claim, new Problems("claim"), principal), request.RequestId)], ct);
        return ClaimMapping.ToMessage(rows[0]);
    }

    public async Task<BatchCreateClaimsResponse> BatchCreateAsync(BatchCreateClaimsRequest request, string principal, CancellationToken ct)
    {
        var problems = new Problems();
        if (request.Requests.Count is 0 or > MaxBatch)
        {
            problems.Add("requests", $"must hold 1 to {MaxBatch} claims");
        }
        for (var i = 0; i < request.Requests.Count; i++)
        {
            if (request.Requests[i].Claim is null)
            {
                problems.Add($"requests[{i}].claim", "is required");
            }
        }
        problems.ThrowIfAny();
        var items = request.Requests.Select((r, i) => (new ClaimInput(r.Claim, new Problems($"requests[{i}].claim"), principal), r.RequestId)).ToList();
        var rows = await creator.CreateAsync(items, ct);
        var response = new BatchCreateClaimsResponse();
        response.Claims.Add(rows.Select(ClaimMapping.ToMessage));
        return response;
    }

    public async Task<Claim> GetAsync(GetClaimRequest request, CancellationToken ct)
    {
        var id = Ids.Parse(request.Name, ClaimMapping.Collection) ?? throw RpcErrors.InvalidArgument("name", "must be a claim name, claims/{claim}");
        var row = await store.GetAsync(id, ct) ?? throw RpcErrors.NotFound(request.Name);
        return ClaimMapping.ToMessage(row);
    }

    public async Task<ListClaimsResponse> ListAsync(ListClaimsRequest request, CancellationToken ct)
    {
        var problems = new Problems();
        var size = Paging.PageSize(request.PageSize, 100, problems);
        var filter = ClaimFilters.Parse(request, problems);
        var after = Paging.After(request.PageToken, filter.Key, problems);
        problems.ThrowIfAny();
        var rows = await store.ListAsync(filter, after, size + 1, ct);
        var response = new ListClaimsResponse();
        response.Claims.Add(rows.Take(size).Select(ClaimMapping.ToMessage));
        if (rows.Count > size)
        {
            response.NextPageToken = Paging.Token(rows[size - 1].Id, filter.Key);
        }
        return response;
    }
}
