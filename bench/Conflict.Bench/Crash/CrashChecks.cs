using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Bench.Crash;

/// <summary>What one trial found after the restart, before anything was written again.</summary>
internal sealed record CrashFindings(int Lost, int Duplicated, int HalfWritten, int FeedGaps, int FeedRepeats);

/// <summary>
/// Compares what the services hold after a crash and restart with what the workload was answered: every
/// acknowledged write is there exactly once; an unanswered import call is all there or not at all (one
/// transaction); the change feeds of Claims and Sources hold every stored record once, in sequence without gaps.
/// </summary>
internal static class CrashChecks
{
    private static readonly TimeSpan FeedIdle = TimeSpan.FromSeconds(2);

    public static async Task<CrashFindings> RunAsync(ProcessSuite suite, CrashWorkload workload, CancellationToken ct)
    {
        var claims = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims));
        var sources = new SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources));
        var stored = await ListClaimsAsync(claims, ct);
        var byRequest = stored.Where(c => c.Quote.StartsWith("crash item ", StringComparison.Ordinal))
            .GroupBy(c => c.Quote["crash item ".Length..]).ToDictionary(g => g.Key, g => g.Count());
        var lost = 0;
        var half = 0;
        foreach (var (ids, acknowledged) in workload.ImportCalls)
        {
            var present = ids.Count(byRequest.ContainsKey);
            lost += acknowledged ? ids.Length - present : 0;
            half += !acknowledged && present != 0 && present != ids.Length ? 1 : 0;
        }
        var duplicated = byRequest.Values.Sum(n => n - 1);
        var names = stored.Select(c => c.Name).ToHashSet();
        lost += workload.AcknowledgedIngests.Sum(i => i.Claims.Count(c => !names.Contains(c)));
        lost += await CountMissingDocumentsAsync(claims, workload, ct);
        var storedSources = await ListSourceIdsAsync(sources, ct);
        lost += workload.AcknowledgedSources.Count(id => !storedSources.Contains("sources/" + id));
        var claimFeed = await ReadClaimFeedAsync(claims, ct);
        var sourceFeed = await ReadSourceFeedAsync(sources, ct);
        var (claimGaps, claimRepeats) = Sequence(claimFeed.Select(c => c.Sequence));
        var (sourceGaps, sourceRepeats) = Sequence(sourceFeed.Select(c => c.Sequence));
        var createdInFeed = claimFeed.Where(c => c.ChangeType == ClaimChangeType.Created).Select(c => c.Claim.Name).ToList();
        // A stored claim missing from the feed, or a feed entry for a claim that is not stored, is half-written.
        var inFeed = createdInFeed.ToHashSet();
        half += names.Count(n => !inFeed.Contains(n)) + inFeed.Count(n => !names.Contains(n));
        var feedRepeats = claimRepeats + sourceRepeats + createdInFeed.Count - inFeed.Count;
        return new CrashFindings(lost, duplicated, half, claimGaps + sourceGaps, feedRepeats);
    }

    private static async Task<List<Claim>> ListClaimsAsync(ClaimsService.ClaimsServiceClient claims, CancellationToken ct)
    {
        var all = new List<Claim>();
        var request = new ListClaimsRequest { PageSize = 1000 };
        do
        {
            var page = await claims.ListClaimsAsync(request, cancellationToken: ct);
            all.AddRange(page.Claims);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    private static async Task<HashSet<string>> ListSourceIdsAsync(SourcesService.SourcesServiceClient sources, CancellationToken ct)
    {
        var all = new HashSet<string>();
        var request = new ListSourcesRequest { PageSize = 1000, ShowDeleted = true };
        do
        {
            var page = await sources.ListSourcesAsync(request, cancellationToken: ct);
            all.UnionWith(page.Sources.Select(s => s.Name));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    private static async Task<int> CountMissingDocumentsAsync(ClaimsService.ClaimsServiceClient claims, CrashWorkload workload, CancellationToken ct)
    {
        var missing = 0;
        foreach (var (document, _) in workload.AcknowledgedIngests)
        {
            try
            {
                await claims.GetDocumentAsync(new GetDocumentRequest { Name = document }, cancellationToken: ct);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
            {
                missing++;
            }
        }
        return missing;
    }

    /// <summary>The whole feed: from the start until nothing new came for <see cref="FeedIdle"/>.</summary>
    private static Task<List<WatchClaimsResponse>> ReadClaimFeedAsync(ClaimsService.ClaimsServiceClient claims, CancellationToken ct) =>
        ReadFeedAsync(token => claims.WatchClaims(new WatchClaimsRequest(), cancellationToken: token).ResponseStream, ct);

    private static Task<List<WatchSourcesResponse>> ReadSourceFeedAsync(SourcesService.SourcesServiceClient sources, CancellationToken ct) =>
        ReadFeedAsync(token => sources.WatchSources(new WatchSourcesRequest(), cancellationToken: token).ResponseStream, ct);

    private static async Task<List<T>> ReadFeedAsync<T>(Func<CancellationToken, IAsyncStreamReader<T>> open, CancellationToken ct)
    {
        var all = new List<T>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var stream = open(stop.Token);
        while (true)
        {
            var next = stream.MoveNext(stop.Token);
            if (await Task.WhenAny(next, Task.Delay(FeedIdle, ct)) != next)
            {
                await stop.CancelAsync();
                try
                {
                    await next;
                }
                catch (RpcException)
                {
                    // cancelled by us
                }
                return all;
            }
            if (!await next)
            {
                return all;
            }
            all.Add(stream.Current);
        }
    }

    /// <summary>Gaps (a sequence number skipped) and repeats (one seen again or going back) in a feed.</summary>
    private static (int Gaps, int Repeats) Sequence(IEnumerable<long> sequences)
    {
        long previous = 0;
        int gaps = 0, repeats = 0;
        foreach (var sequence in sequences)
        {
            if (sequence <= previous)
            {
                repeats++;
                continue;
            }
            gaps += sequence == previous + 1 ? 0 : 1;
            previous = sequence;
        }
        return (gaps, repeats);
    }
}
