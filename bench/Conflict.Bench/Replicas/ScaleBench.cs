using System.Diagnostics;
using System.Globalization;
using Conflict.Bench.Crash;
using Conflict.Client;
using Conflict.Reconciliation.V1;

namespace Conflict.Bench.Replicas;

/// <summary>
/// <c>scale</c>: import and reconcile throughput of the whole suite (real processes) on SQLite with one replica per
/// service, and on PostgreSQL with one and with two, side by side in one run. Two importers write at once (through
/// both Claims replicas when there are two). Per configuration: claims imported per second, seconds from the last
/// import to settled timelines, CPU seconds per service and of PostgreSQL, and what the active PostgreSQL sessions
/// were waiting on (sampled every 50 ms), to tell CPU from lock contention.
/// </summary>
internal static class ScaleBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (server, calls) = ParseArgs(args);
        var root = Directory.CreateTempSubdirectory("conflict-scale-").FullName;
        Console.WriteLine($"scale: {calls * ReplicaWorkload.CallSize:N0} claims about 48 variables, 2 importers; {Environment.ProcessorCount} cores; data under {root}");
        Console.WriteLine($"{"configuration",-16} {"import/s",9} {"settle s",9} {"end-to-end/s",13} {"CPU s: sources",15} {"claims",7} {"recon",7} {"postgres",9}  waits (share of active-session samples)");
        var rows = new List<(string Name, double ImportRate, double EndToEnd)>();
        foreach (var (name, postgres, replicas) in new[] { ("sqlite x1", false, 1), ("postgres x1", true, 1), ("postgres x2", true, 2) })
        {
            if (postgres && server is null)
            {
                Console.WriteLine($"{name,-16} skipped: no --postgres server");
                continue;
            }
            var row = await RunOneAsync(name, postgres ? server : null, replicas, calls, Path.Combine(root, name.Replace(' ', '-')));
            rows.Add(row);
        }
        var baseline = rows[0];
        Console.WriteLine("ratios to sqlite x1 (same run): " + string.Join("; ", rows.Skip(1).Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"{r.Name} import {r.ImportRate / baseline.ImportRate:0.00}, end-to-end {r.EndToEnd / baseline.EndToEnd:0.00}"))));
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static async Task<(string, double, double)> RunOneAsync(string name, string? server, int replicas, int calls, string directory)
    {
        Directory.CreateDirectory(directory);
        var prefix = "scale_" + replicas.ToString(CultureInfo.InvariantCulture);
        if (server is not null)
        {
            await SuiteStorage.CreateDatabasesAsync(server, prefix);
        }
        await using var suite = new ProcessSuite(new SuiteStorage(directory, server), prefix, replicas: replicas);
        await suite.StartAllAsync(CancellationToken.None);
        await ReplicaWorkload.CreateClaimantsAsync(suite, CancellationToken.None);
        var postgresCpu = PostgresCpuSeconds();
        var cpuBefore = ProcessSuite.Services.ToDictionary(s => s, s => suite.CpuSeconds(s));
        using var waits = server is null ? null : new WaitSampler(server, prefix);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            ReplicaWorkload.ImportAsync(suite, Enumerable.Range(0, calls).Where(c => c % 2 == 0), CancellationToken.None),
            ReplicaWorkload.ImportAsync(suite, Enumerable.Range(0, calls).Where(c => c % 2 == 1), CancellationToken.None));
        var imported = clock.Elapsed;
        await WaitSettledAsync(suite, calls * ReplicaWorkload.CallSize);
        var total = clock.Elapsed;
        var cpu = ProcessSuite.Services.ToDictionary(s => s, s => suite.CpuSeconds(s) - cpuBefore[s]);
        var claims = calls * ReplicaWorkload.CallSize;
        var importRate = claims / imported.TotalSeconds;
        var endToEnd = claims / total.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-16} {importRate,9:N0} {(total - imported).TotalSeconds,9:0.0} {endToEnd,13:N0} {cpu[ConflictService.Sources],15:0.0} {cpu[ConflictService.Claims],7:0.0} "
            + $"{cpu[ConflictService.Reconciliation],7:0.0} {(server is null ? "-" : (PostgresCpuSeconds() - postgresCpu).ToString("0.0", CultureInfo.InvariantCulture)),9}  {waits?.Summary() ?? "-"}"));
        return (name, importRate, endToEnd);
    }

    /// <summary>Until every claim is in a timeline and the timelines report settled.</summary>
    private static async Task WaitSettledAsync(ProcessSuite suite, int claims)
    {
        var reconciliation = new ReconciliationService.ReconciliationServiceClient(suite.Channel(ConflictService.Reconciliation));
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < deadline)
        {
            var page = await reconciliation.ListVariablesAsync(new ListVariablesRequest { PageSize = 1000 });
            if (page.Variables.Sum(v => v.ClaimCount) == claims
                && (await reconciliation.GetTimelineAsync(new GetTimelineRequest { Variable = page.Variables[0].Variable_ })).Settled)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the timelines did not settle in 10 minutes");
    }

    /// <summary>CPU seconds used so far by every PostgreSQL server process on this machine (Linux /proc).</summary>
    private static double PostgresCpuSeconds()
    {
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc").Where(d => char.IsDigit(Path.GetFileName(d)[0])))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (stat[(stat.IndexOf('(') + 1)..close] != "postgres")
                {
                    continue;
                }
                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the process ended meanwhile
            }
        }
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    private static (string? Server, int Calls) ParseArgs(string[] args)
    {
        string? server = null;
        var calls = 200;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--postgres": server = args[i + 1]; break;
                case "--calls": calls = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}; use [--postgres CONNECTION] [--calls N]");
            }
        }
        return (server, calls);
    }
}
