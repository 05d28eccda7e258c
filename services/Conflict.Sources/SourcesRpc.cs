using Conflict.ServiceDefaults;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Limits;
using Conflict.Sources.Feed;
using Conflict.Sources.Import;
using Conflict.Sources.Listing;
using Conflict.Sources.Resolution;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Conflict.Sources;

/// <summary>The gRPC adapter of conflict.sources.v1.SourcesService: validate, call the store or domain, map.</summary>
[Authorize(Policy = ConflictPolicies.Read)]
internal sealed class SourcesRpc(
    SourceStore store, SourceWrites writes, SourceImporter importer, SourceFeed feed, ResolverCache resolvers, IHostApplicationLifetime lifetime) : SourcesService.SourcesServiceBase
{
    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override async Task<Source> CreateSource(CreateSourceRequest request, ServerCallContext context)
    {
        SourceErrors.ThrowIfInvalid(SourceRequests.Create(request));
        var id = SourceIds.Or(request.SourceId);
        return Answer(await writes.CreateAsync(id, SourceMapping.ToDraft(request.Source), context.PrincipalName(), context.CancellationToken).ConfigureAwait(false), id);
    }

    public override async Task<Source> GetSource(GetSourceRequest request, ServerCallContext context)
    {
        var (id, problems) = SourceRequests.Name(request.Name);
        SourceErrors.ThrowIfInvalid(problems);
        var record = await store.GetAsync(id!, context.CancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            SourceErrors.ThrowNotFound(id!);
        }
        return SourceMapping.ToProto(record);
    }

    public override async Task<ListSourcesResponse> ListSources(ListSourcesRequest request, ServerCallContext context)
    {
        var (query, pageSize, problems) = ListRequests.Parse(request);
        SourceErrors.ThrowIfInvalid(problems);
        var records = await store.ListAsync(query!, context.CancellationToken).ConfigureAwait(false);
        var response = new ListSourcesResponse();
        response.Sources.AddRange(records.Take(pageSize).Select(SourceMapping.ToProto));
        if (records.Count > pageSize)
        {
            response.NextPageToken = new PageToken(records[pageSize - 1].Id, query!.FilterHash()).Encode();
        }
        return response;
    }

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override async Task<Source> UpdateSource(UpdateSourceRequest request, ServerCallContext context)
    {
        var (id, problems) = SourceRequests.Update(request);
        SourceErrors.ThrowIfInvalid(problems);
        var plan = (SourceRecord current) => SourceUpdate.Plan(current, request.Source, request.UpdateMask);
        var result = await writes.UpdateAsync(id!, request.Source.Etag, plan, context.PrincipalName(), context.CancellationToken).ConfigureAwait(false);
        return Answer(result, id!);
    }

    [Authorize(Policy = ConflictPolicies.Admin)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override async Task<Source> DeleteSource(DeleteSourceRequest request, ServerCallContext context)
    {
        var (id, problems) = SourceRequests.Name(request.Name);
        SourceErrors.ThrowIfInvalid(problems);
        return Answer(await writes.DeleteAsync(id!, request.Etag, context.PrincipalName(), context.CancellationToken).ConfigureAwait(false), id!);
    }

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override async Task<Source> UndeleteSource(UndeleteSourceRequest request, ServerCallContext context)
    {
        var (id, problems) = SourceRequests.Name(request.Name);
        SourceErrors.ThrowIfInvalid(problems);
        return Answer(await writes.UndeleteAsync(id!, context.PrincipalName(), context.CancellationToken).ConfigureAwait(false), id!);
    }

    public override async Task<ResolveSourceResponse> ResolveSource(ResolveSourceRequest request, ServerCallContext context)
    {
        var problems = new List<FieldProblem>();
        SourceRequests.Resolve(problems, "", request);
        SourceErrors.ThrowIfInvalid(problems);
        var result = await resolvers.UseAsync(r => r.Resolve(request.Text, request.Language, request.Publisher), context.CancellationToken).ConfigureAwait(false);
        return SourceMapping.ToProto(result, request.Text);
    }

    public override async Task<BatchResolveSourcesResponse> BatchResolveSources(BatchResolveSourcesRequest request, ServerCallContext context)
    {
        SourceErrors.ThrowIfInvalid(SourceRequests.Batch(request));
        var results = await resolvers.UseAsync(
            resolver => request.Requests.Select(r => SourceMapping.ToProto(resolver.Resolve(r.Text, r.Language, r.Publisher), r.Text)).ToList(),
            context.CancellationToken).ConfigureAwait(false);
        var response = new BatchResolveSourcesResponse();
        response.Responses.AddRange(results);
        return response;
    }

    public override async Task WatchSources(WatchSourcesRequest request, IServerStreamWriter<WatchSourcesResponse> responses, ServerCallContext context)
    {
        SourceErrors.ThrowIfInvalid(request.AfterSequence < 0 ? [new("after_sequence", "Must not be negative.")] : []);
        var stopping = lifetime.ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, stopping);
        try
        {
            await foreach (var change in feed.FollowAsync(request.AfterSequence, linked.Token).ConfigureAwait(false))
            {
                await responses.WriteAsync(SourceMapping.ToProto(change), linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            // An open stream must not hold up shutdown; UNAVAILABLE tells the caller to resume from its cursor elsewhere or later.
            throw Errors.Unavailable("The service is stopping; watch again with after_sequence set to the last sequence received.");
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The caller went away: the stream simply ends.
        }
    }

    [Authorize(Policy = ConflictPolicies.Write)]
    [EnableRateLimiting(ConflictLimits.Writes)]
    public override async Task<ImportSourcesResponse> ImportSources(IAsyncStreamReader<ImportSourcesRequest> requests, ServerCallContext context)
    {
        var received = new List<ImportSourcesItem>();
        await foreach (var item in BatchStreams.ItemsAsync(requests, r => r.Items, "items", context.CancellationToken).ConfigureAwait(false))
        {
            SourceErrors.ThrowIfInvalid(received.Count < SourceRequests.MaxImport ? [] : [new("items", $"At most {SourceRequests.MaxImport} items per import.")]);
            received.Add(item);
        }
        var (items, problems) = SourceRequests.Import(received);
        SourceErrors.ThrowIfInvalid(problems);
        var outcome = await importer.ImportAsync(items, context.PrincipalName(), context.CancellationToken).ConfigureAwait(false);
        if (outcome.Failure is not null)
        {
            throw SourceErrors.From(outcome.Failure, "");
        }
        var response = new ImportSourcesResponse { CreatedCount = outcome.Created, ExistingCount = outcome.Existing };
        response.Sources.AddRange(outcome.SourceIds.Select(SourceMapping.NameOf));
        return response;
    }

    private static Source Answer(WriteResult result, string id)
        => result is { Status: WriteStatus.Ok, Source: { } source } ? SourceMapping.ToProto(source) : throw SourceErrors.From(result, id);
}
