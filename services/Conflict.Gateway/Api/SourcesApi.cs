using Conflict.Gateway.Backends;
using Conflict.Gateway.Rpc;
using Conflict.Sources.V1;

namespace Conflict.Gateway.Api;

/// <summary>HTTP/JSON routes of conflict.sources.v1.SourcesService (AIP-127 mapping).</summary>
internal static class SourcesApi
{
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRpcApi("/v1", Backend.Sources, SourcesService.Descriptor)
            .Get("/sources", "ListSources")
            .Post("/sources", "CreateSource", "source")
            .Get("/sources/{source}", "GetSource", "name=sources/{source}")
            .Patch("/sources/{source}", "UpdateSource", "source", "source.name=sources/{source}")
            .Delete("/sources/{source}", "DeleteSource", "name=sources/{source}")
            .Post("/sources/{source}:undelete", "UndeleteSource", "*", "name=sources/{source}")
            .Post("/sources:resolve", "ResolveSource", "*")
            .Post("/sources:batchResolve", "BatchResolveSources", "*")
            .Post("/sources:import", "ImportSources", "*")
            .Get("/sources:watch", "WatchSources");
        return endpoints;
    }
}
