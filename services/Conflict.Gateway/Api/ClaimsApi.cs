using Conflict.Claims.V1;
using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;

namespace Conflict.Gateway.Api;

/// <summary>HTTP/JSON routes of conflict.claims.v1.ClaimsService: claims, measures and documents.</summary>
internal static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRpcApi("/v1", Backend.Claims, ClaimsService.Descriptor)
            .Get("/claims", "ListClaims")
            .Post("/claims", "CreateClaim", "claim")
            .Get("/claims/{claim}", "GetClaim", "name=claims/{claim}")
            .Post("/claims:batchCreate", "BatchCreateClaims", "*")
            .Post("/claims:import", "ImportClaims", "*")
            .Post("/claims:extract", "ExtractClaims", "*")
            .Get("/claims:watch", "WatchClaims")
            .Post("/claims/{claim}:supersede", "SupersedeClaim", "*", "name=claims/{claim}")
            .Post("/claims/{claim}:retract", "RetractClaim", "*", "name=claims/{claim}")
            .Get("/measures", "ListMeasures")
            .Post("/measures", "CreateMeasure", "measure")
            .Get("/measures/{measure}", "GetMeasure", "name=measures/{measure}")
            .Patch("/measures/{measure}", "UpdateMeasure", "measure", "measure.name=measures/{measure}")
            .Get("/documents", "ListDocuments")
            .Post("/documents", "CreateDocument", "document")
            .Get("/documents/{document}", "GetDocument", "name=documents/{document}")
            .Post("/documents:ingest", "IngestDocument", "*");
        return endpoints;
    }
}
