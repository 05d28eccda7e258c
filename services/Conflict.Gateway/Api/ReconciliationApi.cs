using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;
using Conflict.Reconciliation.V1;

namespace Conflict.Gateway.Api;

/// <summary>
/// HTTP/JSON routes of conflict.reconciliation.v1.ReconciliationService. A variable contains slashes
/// (<c>area_controlled/ua/RU-KRS</c>), so timelines use a catch-all path; encoding the slashes as
/// <c>%2F</c> works too.
/// </summary>
internal static class ReconciliationApi
{
    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRpcApi("/v1", Backend.Reconciliation, ReconciliationService.Descriptor)
            .Get("/variables", "ListVariables")
            .GetWithVerbs("/timelines", "variable", "variable", "GetTimeline", ("explain", "ExplainEstimate"), ("watch", "WatchTimeline"))
            .Get("/conflicts", "ListConflicts")
            .Get("/sourceAssessments", "ListSourceAssessments")
            .Get("/sourceAssessments/{source}", "GetSourceAssessment", "source=sources/{source}")
            .Post("/fuse", "FuseClaims", "*");
        return endpoints;
    }
}
