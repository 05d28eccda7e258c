using Conflict.Claims.Common;
using Conflict.Claims.V1;

namespace Conflict.Claims.Claims;

/// <summary>Reads and checks the filters of a ListClaims request.</summary>
internal static class ClaimFilters
{
    public static ClaimFilter Parse(ListClaimsRequest request, Problems problems)
    {
        if (request.Variable.Length > 0 && request.Variable.Split('/').Length != 3)
        {
            problems.Add("variable", "must be measure/party/place, with - for an empty part");
        }
        return new ClaimFilter
        {
            Variable = NullIfEmpty(request.Variable),
            Claimant = Name(request.Claimant, "sources", "claimant", problems) is null ? null : request.Claimant,
            Reporter = Name(request.Reporter, "sources", "reporter", problems) is null ? null : request.Reporter,
            DocumentId = Name(request.Document, "documents", "document", problems),
            MeasureId = Name(request.Measure, "measures", "measure", problems),
            AsOfFromMs = Day(request.AsOfFrom, "as_of_from", problems),
            AsOfToMs = Day(request.AsOfTo, "as_of_to", problems),
            State = State(request.State, problems),
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string? Name(string value, string collection, string field, Problems problems)
    {
        if (value.Length == 0)
        {
            return null;
        }
        var id = Ids.Parse(value, collection);
        if (id is null)
        {
            problems.Add(field, $"must be a name of the form {collection}/{{id}}");
        }
        return id;
    }

    private static long? Day(string value, string field, Problems problems)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (!Dates.TryParseDay(value, out var ms))
        {
            problems.Add(field, "must be a day, YYYY-MM-DD");
            return null;
        }
        return ms;
    }

    private static int State(ClaimState state, Problems problems)
    {
        if (!Enum.IsDefined(state))
        {
            problems.Add("state", "is not a claim state");
            return 0;
        }
        return (int)state;
    }
}
