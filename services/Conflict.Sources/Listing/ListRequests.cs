using Conflict.Sources.Resolution;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;

namespace Conflict.Sources.Listing;

/// <summary>Turns a ListSources request into a query and a page size, or field problems.</summary>
internal static class ListRequests
{
    public static (ListQuery? Query, int PageSize, List<FieldProblem> Problems) Parse(ListSourcesRequest request)
    {
        var problems = new List<FieldProblem>();
        if (request.PageSize < 0)
        {
            problems.Add(new("page_size", "Must not be negative."));
        }
        if (!Enum.IsDefined(request.Kind))
        {
            problems.Add(new("kind", $"Unknown kind {(int)request.Kind}."));
        }
        var independent = request.AlignedParty == "none";
        if (request.AlignedParty.Length > 0 && !independent && !IsoCountries.IsParty(request.AlignedParty))
        {
            problems.Add(new("aligned_party", $"\"{request.AlignedParty}\" is neither none nor a lower-case ISO 3166-1 alpha-2 code such as ua."));
        }
        if (request.Country.Length > 0 && !IsoCountries.IsCountry(request.Country))
        {
            problems.Add(new("country", $"\"{request.Country}\" is not an upper-case ISO 3166-1 alpha-2 code such as UA."));
        }
        SourceValidation.Text(problems, "name_prefix", request.NamePrefix, SourceValidation.MaxNameLength, required: false);
        var pageSize = request.PageSize == 0 ? ListQuery.DefaultPageSize : Math.Min(request.PageSize, ListQuery.MaxPageSize);
        var query = new ListQuery
        {
            Kind = (long)request.Kind,
            FilterParty = request.AlignedParty.Length > 0 ? 1 : 0,
            Party = independent ? "" : request.AlignedParty,
            Country = request.Country,
            ShowDeleted = request.ShowDeleted ? 1 : 0,
            Prefix = NameKey.Of(request.NamePrefix),
            Limit = pageSize + 1,
        };
        if (request.PageToken.Length > 0)
        {
            var token = PageToken.TryDecode(request.PageToken);
            if (token is null)
            {
                problems.Add(new("page_token", "Not a page token of ListSources."));
            }
            else if (token.FilterHash != query.FilterHash())
            {
                problems.Add(new("page_token", "The token belongs to a query with other filters; send the same filters as the first page."));
            }
            else
            {
                query = query with { After = token.LastId };
            }
        }
        return (problems.Count == 0 ? query : null, pageSize, problems);
    }
}
