using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Claims.Claims;

/// <summary>The Sources service over gRPC (<c>Services:Sources</c>).</summary>
internal sealed class SourcesDirectory(SourcesService.SourcesServiceClient client) : ISourceDirectory
{
    private const int MaxBatch = 1000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var sources = client;
        var found = await Task.WhenAll(names.Select(name => ExistsAsync(sources, name, ct)));
        return names.Where((_, i) => found[i]).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<NameQuery> queries, CancellationToken ct)
    {
        var sources = client;
        var resolved = new List<string>(queries.Count);
        foreach (var chunk in queries.Chunk(MaxBatch))
        {
            var request = new BatchResolveSourcesRequest();
            request.Requests.Add(chunk.Select(q => new ResolveSourceRequest { Text = q.Text, Language = q.Language, Publisher = q.Publisher }));
            var response = await CallAsync(() => sources.BatchResolveSourcesAsync(request, Options(ct)).ResponseAsync);
            resolved.AddRange(response.Responses.Select(r => r.Match is { } match && !r.Ambiguous ? match.Source : ""));
        }
        return resolved;
    }

    private static async Task<bool> ExistsAsync(SourcesService.SourcesServiceClient sources, string name, CancellationToken ct)
    {
        try
        {
            await sources.GetSourceAsync(new GetSourceRequest { Name = name }, Options(ct)).ResponseAsync;
            return true;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw Unavailable(e);
        }
    }

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is RpcException or HttpRequestException or IOException or TimeoutException)
        {
            throw Unavailable(e);
        }
    }

    private static SourcesUnavailableException Unavailable(Exception e)
        => new($"The Sources service did not answer ({(e is RpcException r ? r.StatusCode.ToString() : e.GetType().Name)}); nothing was stored.", e);

    private static CallOptions Options(CancellationToken ct) => new(deadline: DateTime.UtcNow + Timeout, cancellationToken: ct);
}
