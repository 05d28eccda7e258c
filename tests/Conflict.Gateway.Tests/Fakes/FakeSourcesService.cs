using System.Globalization;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Gateway.Tests.Fakes;

/// <summary>SourcesService over the demo world: enough behaviour to check the gateway's mapping of each RPC.</summary>
internal sealed class FakeSourcesService(DemoWorld world) : SourcesService.SourcesServiceBase
{
    public override Task<Source> CreateSource(CreateSourceRequest request, ServerCallContext context)
    {
        if (request.Source is null || request.Source.DisplayName.Length == 0)
        {
            throw FakeErrors.InvalidArgument(("source.display_name", "Required."));
        }
        var source = request.Source.Clone();
        source.Name = "sources/" + (request.SourceId.Length > 0 ? request.SourceId : Guid.CreateVersion7().ToString("N"));
        if (world.FindSource(source.Name) is not null)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, source.Name + " exists."));
        }
        source.Etag = "1";
        world.PutSource(source);
        return Task.FromResult(source);
    }

    public override Task<Source> GetSource(GetSourceRequest request, ServerCallContext context)
        => Task.FromResult(world.FindSource(request.Name) ?? throw FakeErrors.NotFound("SOURCE_NOT_FOUND", "source", request.Name));

    /// <summary>Pages by position; the token is the index of the next source.</summary>
    public override Task<ListSourcesResponse> ListSources(ListSourcesRequest request, ServerCallContext context)
    {
        if (request.PageSize < 0)
        {
            throw FakeErrors.InvalidArgument(("page_size", "Must not be negative."));
        }
        var all = world.Sources().Where(s => request.Kind == SourceKind.Unspecified || s.Kind == request.Kind).ToList();
        var start = request.PageToken.Length > 0 ? int.Parse(request.PageToken, CultureInfo.InvariantCulture) : 0;
        var size = request.PageSize == 0 ? 50 : request.PageSize;
        var response = new ListSourcesResponse { Sources = { all.Skip(start).Take(size) } };
        response.NextPageToken = start + size < all.Count ? (start + size).ToString(CultureInfo.InvariantCulture) : "";
        return Task.FromResult(response);
    }

    public override Task<Source> UpdateSource(UpdateSourceRequest request, ServerCallContext context)
    {
        var source = world.FindSource(request.Source.Name)?.Clone() ?? throw FakeErrors.NotFound("SOURCE_NOT_FOUND", "source", request.Source.Name);
        if (request.UpdateMask?.Paths.Contains("display_name") ?? true)
        {
            source.DisplayName = request.Source.DisplayName;
        }
        source.Etag = "2";
        world.PutSource(source);
        return Task.FromResult(source);
    }

    public override Task<Source> DeleteSource(DeleteSourceRequest request, ServerCallContext context)
    {
        var source = world.FindSource(request.Name)?.Clone() ?? throw FakeErrors.NotFound("SOURCE_NOT_FOUND", "source", request.Name);
        if (request.Etag.Length > 0 && request.Etag != source.Etag)
        {
            throw new RpcException(new Status(StatusCode.Aborted, "The etag is stale."));
        }
        source.DeleteTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow);
        world.PutSource(source);
        return Task.FromResult(source);
    }

    public override Task<Source> UndeleteSource(UndeleteSourceRequest request, ServerCallContext context)
        => throw FakeErrors.Unimplemented(nameof(UndeleteSource));

    public override Task<ResolveSourceResponse> ResolveSource(ResolveSourceRequest request, ServerCallContext context)
    {
        var match = world.Sources().FirstOrDefault(s => s.DisplayName.Contains(request.Text, StringComparison.OrdinalIgnoreCase));
        var response = new ResolveSourceResponse();
        if (match is not null)
        {
            response.Match = new SourceMatch { Source = match.Name, DisplayName = match.DisplayName, Confidence = 0.9, MatchedAlias = match.DisplayName };
        }
        return Task.FromResult(response);
    }

    public override async Task<BatchResolveSourcesResponse> BatchResolveSources(BatchResolveSourcesRequest request, ServerCallContext context)
    {
        var response = new BatchResolveSourcesResponse();
        foreach (var item in request.Requests)
        {
            response.Responses.Add(await ResolveSource(item, context));
        }
        return response;
    }

    public override Task WatchSources(WatchSourcesRequest request, IServerStreamWriter<WatchSourcesResponse> responses, ServerCallContext context)
        => throw FakeErrors.Unimplemented(nameof(WatchSources));

    public override async Task<ImportSourcesResponse> ImportSources(IAsyncStreamReader<ImportSourcesRequest> requests, ServerCallContext context)
    {
        var response = new ImportSourcesResponse();
        while (await requests.MoveNext(context.CancellationToken))
        {
            foreach (var item in requests.Current.Items)
            {
                var created = await CreateSource(new CreateSourceRequest { Source = item.Source, SourceId = item.SourceId }, context);
                response.CreatedCount++;
                response.Sources.Add(created.Name);
            }
        }
        return response;
    }
}
