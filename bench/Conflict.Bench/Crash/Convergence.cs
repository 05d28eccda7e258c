using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Reconciliation.V1;

namespace Conflict.Bench.Crash;

/// <summary>
/// Waits until Reconciliation has applied every claim Claims holds, its timelines stopped changing and report
/// themselves settled (no re-learning due or running), then takes every timeline's points, to compare a trial with
/// the run without a crash.
/// </summary>
internal static class Convergence
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    /// <param name="reconciliationReplica">Which Reconciliation replica to ask (with several, one may have been killed).</param>
    /// <param name="claimsReplica">Which Claims replica to count the claims on.</param>
    public static async Task<Dictionary<string, TimelinePoint[]>> SettledTimelinesAsync(ProcessSuite suite, CancellationToken ct,
        int reconciliationReplica = 0, int claimsReplica = 0)
    {
        var claims = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims, claimsReplica));
        var reconciliation = new ReconciliationService.ReconciliationServiceClient(suite.Channel(ConflictService.Reconciliation, reconciliationReplica));
        var deadline = DateTime.UtcNow + Limit;
        string? previous = null;
        var sameSince = DateTime.UtcNow;
        while (true)
        {
            var expected = await CountClaimsAsync(claims, ct);
            var timelines = await TimelinesAsync(reconciliation, ct);
            var applied = timelines.Values.Sum(t => t.Evidence.Count);
            var state = string.Join(";", timelines.Select(p => $"{p.Key}@{p.Value.Revision}"));
            if (state != previous || applied != expected)
            {
                previous = state;
                sameSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - sameSince >= Quiet && timelines.Values.All(t => t.Settled))
            {
                return timelines.ToDictionary(p => p.Key, p => p.Value.Points.ToArray());
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Reconciliation did not settle in {Limit.TotalSeconds} s: {applied} of {expected} claims applied");
            }
            await Task.Delay(250, ct);
        }
    }

    /// <summary>Variables whose timelines differ from the reference (dates, or a value beyond rounding), each described.</summary>
    public static List<string> Diverged(Dictionary<string, TimelinePoint[]> reference, Dictionary<string, TimelinePoint[]> actual)
    {
        var differences = new List<string>();
        foreach (var variable in reference.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            if (!reference.TryGetValue(variable, out var want) || !actual.TryGetValue(variable, out var got))
            {
                differences.Add($"{variable}: only in {(reference.ContainsKey(variable) ? "the reference" : "this trial")}");
            }
            else if (!Same(want, got))
            {
                var first = want.Zip(got).FirstOrDefault(p => p.First.Date != p.Second.Date || !Close(p.First.Estimate, p.Second.Estimate)
                    || !Close(p.First.Low, p.Second.Low) || !Close(p.First.High, p.Second.High));
                differences.Add(first.First is null
                    ? $"{variable}: {want.Length} points, now {got.Length}"
                    : $"{variable}: {first.First.Date} {first.First.Estimate:0.######} [{first.First.Low:0.######}, {first.First.High:0.######}], now {first.Second.Date} {first.Second.Estimate:0.######} [{first.Second.Low:0.######}, {first.Second.High:0.######}]");
            }
        }
        return differences;
    }

    private static bool Same(TimelinePoint[] want, TimelinePoint[] got) =>
        want.Length == got.Length && want.Zip(got).All(p => p.First.Date == p.Second.Date
            && Close(p.First.Estimate, p.Second.Estimate) && Close(p.First.Low, p.Second.Low) && Close(p.First.High, p.Second.High));

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(a));

    private static async Task<int> CountClaimsAsync(ClaimsService.ClaimsServiceClient claims, CancellationToken ct)
    {
        var count = 0;
        var request = new ListClaimsRequest { PageSize = 1000, State = ClaimState.Active };
        do
        {
            var page = await claims.ListClaimsAsync(request, cancellationToken: ct);
            count += page.Claims.Count;
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return count;
    }

    private static async Task<SortedDictionary<string, Timeline>> TimelinesAsync(ReconciliationService.ReconciliationServiceClient reconciliation, CancellationToken ct)
    {
        var all = new SortedDictionary<string, Timeline>(StringComparer.Ordinal);
        var request = new ListVariablesRequest { PageSize = 1000 };
        do
        {
            var page = await reconciliation.ListVariablesAsync(request, cancellationToken: ct);
            foreach (var variable in page.Variables)
            {
                all[variable.Variable_] = await reconciliation.GetTimelineAsync(new GetTimelineRequest { Variable = variable.Variable_ }, cancellationToken: ct);
            }
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }
}
