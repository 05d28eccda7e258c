using System.Diagnostics;
using System.Globalization;
using Conflict.Bench.Crash;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Reconciliation.V1;
using Grpc.Core;
using Npgsql;

namespace Conflict.Bench.Replicas;

/// <summary>
/// <c>replicas</c>: the scale-out proof with real processes. A reference run (one replica of each service on SQLite)
/// and a run with two replicas of each service on one PostgreSQL server take the same claims, imported through both
/// Claims replicas in turn; mid-way the Reconciliation replica that coordinates is killed with SIGKILL. Each check
/// prints a line, and the last line is <c>replicas: N passed, M failed</c>; exit code 0 only when none failed.
/// </summary>
internal static class ReplicaProof
{
    private static readonly TimeSpan TakeoverLimit = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(string[] args)
    {
        var (server, calls) = ParseArgs(args);
        var root = Directory.CreateTempSubdirectory("conflict-replicas-").FullName;
        Console.WriteLine($"replicas: {calls * ReplicaWorkload.CallSize} claims; reference on SQLite, then 2 replicas per service on PostgreSQL; data under {root}");
        var results = new List<(string Check, bool Passed, string Detail)>();
        var reference = await ReferenceAsync(Path.Combine(root, "reference"), calls);
        await ReplicatedAsync(server, Path.Combine(root, "replicated"), calls, reference, results);
        foreach (var (check, passed, detail) in results)
        {
            Console.WriteLine($"  {(passed ? "pass" : "FAIL")}  {check}: {detail}");
        }
        var failed = results.Count(r => !r.Passed);
        Console.WriteLine($"replicas: {results.Count - failed} passed, {failed} failed");
        if (failed == 0)
        {
            Directory.Delete(root, recursive: true);
        }
        return failed == 0 ? 0 : 1;
    }

    private static async Task<Dictionary<string, TimelinePoint[]>> ReferenceAsync(string directory, int calls)
    {
        Directory.CreateDirectory(directory);
        await using var suite = new ProcessSuite(new SuiteStorage(directory, null), "replicas_ref");
        await suite.StartAllAsync(CancellationToken.None);
        await ReplicaWorkload.CreateClaimantsAsync(suite, CancellationToken.None);
        await ReplicaWorkload.ImportAsync(suite, 0, calls, CancellationToken.None);
        return await Convergence.SettledTimelinesAsync(suite, CancellationToken.None);
    }

    private static async Task ReplicatedAsync(string server, string directory, int calls, Dictionary<string, TimelinePoint[]> reference,
        List<(string, bool, string)> results)
    {
        Directory.CreateDirectory(directory);
        const string Prefix = "replicas_pg";
        await SuiteStorage.CreateDatabasesAsync(server, Prefix);
        await using var suite = new ProcessSuite(new SuiteStorage(directory, server), Prefix, replicas: 2);
        await suite.StartAllAsync(CancellationToken.None);
        await using var leases = NpgsqlDataSource.Create($"{server};Database={Prefix}_reconciliation");
        var owners = await WaitForAsync(leases, o => o.Values.Distinct().Count() == 2, TimeSpan.FromSeconds(30));
        results.Add(("partitions split between the two Reconciliation replicas", owners is not null, Describe(owners)));
        var victim = owners?.GetValueOrDefault("coordinator") == ProcessSuite.ReplicaId(ConflictService.Reconciliation, 1) ? 1 : 0;
        var survivor = 1 - victim;

        await ReplicaWorkload.CreateClaimantsAsync(suite, CancellationToken.None);
        var sourcesShared = await SourcesVisibleEverywhereAsync(suite);
        results.Add(("sources created on either Sources replica are read on the other", sourcesShared, $"{ReplicaWorkload.Claimants} sources"));

        var watched = "people_displaced/-/UA-10";
        using var watch = new WatchRecorder(suite.Channel(ConflictService.Reconciliation, survivor), watched);
        var first = await ReplicaWorkload.ImportAsync(suite, 0, calls / 2, CancellationToken.None);
        suite.Kill(ConflictService.Reconciliation, victim);
        var killed = Stopwatch.StartNew();
        var second = await ReplicaWorkload.ImportAsync(suite, calls / 2, calls * 3 / 4, CancellationToken.None);
        var perReplica = first.Zip(second, (a, b) => a + b).ToArray();
        results.Add(("claims imported through both Claims replicas", perReplica.All(n => n > 0), $"import calls per replica: {string.Join(", ", perReplica)}"));

        var survivorId = ProcessSuite.ReplicaId(ConflictService.Reconciliation, survivor);
        var after = await WaitForAsync(leases, o => o.Count == 17 && o.Values.All(v => v == survivorId), TakeoverLimit);
        results.Add(($"the survivor holds the coordinator and all 16 partitions within {TakeoverLimit.TotalSeconds:0} s of the SIGKILL",
            after is not null, after is null ? Describe(await OwnersAsync(leases)) : $"{killed.Elapsed.TotalSeconds:0.0} s"));
        var gapless = await FeedsAgreeAsync(suite, calls * 3 / 4 * ReplicaWorkload.CallSize);
        results.Add(("the claims feed is gapless, in order and the same from both Claims replicas", gapless.Ok, gapless.Detail));

        // Then the Claims replica with the survivor's number dies too: the survivor, which knows both Claims
        // replicas, must keep following the feed through the other, where the last quarter is imported.
        suite.Kill(ConflictService.Claims, survivor);
        await ReplicaWorkload.ImportAsync(suite, Enumerable.Range(calls * 3 / 4, calls - calls * 3 / 4), CancellationToken.None, only: victim);
        var timelines = await Convergence.SettledTimelinesAsync(suite, CancellationToken.None, survivor, claimsReplica: victim);
        results.Add(("every variable has a timeline", timelines.Count == reference.Count && timelines.Values.All(p => p.Length > 0),
            $"{timelines.Count} timelines, {reference.Count} in the reference"));
        var diverged = Convergence.Diverged(reference, timelines);
        results.Add(("every timeline equals the single-replica SQLite run's, the last quarter imported after a Claims replica was killed too",
            diverged.Count == 0, diverged.Count == 0 ? "all points within 1e-6" : string.Join("; ", diverged.Take(3))));
        var reconciliation = new ReconciliationService.ReconciliationServiceClient(suite.Channel(ConflictService.Reconciliation, survivor));
        var stored = await reconciliation.GetTimelineAsync(new GetTimelineRequest { Variable = watched });
        results.Add(("the survivor reports the timelines settled", stored.Settled, $"revision {stored.Revision}"));
        var (ok, detail) = await watch.CheckAsync(stored);
        results.Add(("WatchTimeline on the survivor saw the updates, each revision once and in order, up to the stored one", ok, detail));
    }

    private static async Task<bool> SourcesVisibleEverywhereAsync(ProcessSuite suite)
    {
        for (var k = 0; k < ReplicaWorkload.Claimants; k++)
        {
            var other = new Conflict.Sources.V1.SourcesService.SourcesServiceClient(suite.Channel(ConflictService.Sources, (k + 1) % suite.Replicas));
            var name = "sources/replica-src-" + k.ToString(CultureInfo.InvariantCulture);
            var source = await other.GetSourceAsync(new Conflict.Sources.V1.GetSourceRequest { Name = name });
            if (source.Name != name)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Reads the whole claims feed from each Claims replica: sequences 1..N without gap, the same claims in the same order.</summary>
    private static async Task<(bool Ok, string Detail)> FeedsAgreeAsync(ProcessSuite suite, int expected)
    {
        var feeds = new List<List<(long Sequence, string Claim)>>();
        for (var replica = 0; replica < suite.Replicas; replica++)
        {
            var client = new ClaimsService.ClaimsServiceClient(suite.Channel(ConflictService.Claims, replica));
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var call = client.WatchClaims(new WatchClaimsRequest { AfterSequence = 0 }, cancellationToken: cts.Token);
            var feed = new List<(long, string)>();
            while (feed.Count < expected && await call.ResponseStream.MoveNext(cts.Token))
            {
                feed.Add((call.ResponseStream.Current.Sequence, call.ResponseStream.Current.Claim.Name));
            }
            feeds.Add(feed);
        }
        var gapless = feeds.All(f => f.Select((c, i) => c.Sequence == i + 1).All(x => x));
        var same = feeds.All(f => f.SequenceEqual(feeds[0]));
        return (gapless && same && feeds[0].Count == expected, $"{string.Join(" and ", feeds.Select(f => f.Count))} changes, gapless={gapless}, identical={same}");
    }

    /// <summary>Polls the lease owners until <paramref name="done"/> holds; null on time-out.</summary>
    private static async Task<Dictionary<string, string>?> WaitForAsync(NpgsqlDataSource db, Func<Dictionary<string, string>, bool> done, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            var owners = await OwnersAsync(db);
            if (done(owners))
            {
                return owners;
            }
            await Task.Delay(100);
        }
        return null;
    }

    /// <summary>The current owner of every unexpired lease.</summary>
    private static async Task<Dictionary<string, string>> OwnersAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand("SELECT name, owner FROM leases WHERE owner <> '' AND expires_ms >= @now");
        command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            owners[reader.GetString(0)] = reader.GetString(1);
        }
        return owners;
    }

    private static string Describe(Dictionary<string, string>? owners) => owners is null
        ? "timed out"
        : string.Join(", ", owners.GroupBy(o => o.Value).Select(g => $"{g.Key}: {g.Count()} leases{(g.Any(o => o.Key == "coordinator") ? " incl. coordinator" : "")}"));

    private static (string Server, int Calls) ParseArgs(string[] args)
    {
        string? server = null;
        var calls = 30;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--postgres": server = args[i + 1]; break;
                case "--calls": calls = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}; use --postgres CONNECTION [--calls N]");
            }
        }
        return (server ?? throw new ArgumentException("--postgres CONNECTION is required (a server where databases may be created)"), calls);
    }
}
