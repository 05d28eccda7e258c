using System.Diagnostics;
using System.Globalization;
using Conflict.Client;

namespace Conflict.Bench.Crash;

/// <summary>
/// <c>crash</c>: N trials, each on fresh databases: start the three services as processes, write through them
/// (<see cref="CrashWorkload"/>), SIGKILL one of them at a random moment, start it again on the same data, and
/// check that nothing answered was lost or doubled, nothing unanswered is half there and the feeds have no gap or
/// repeat (<see cref="CrashChecks"/>); then write everything again (idempotent) and check that Reconciliation
/// settles on the same timelines as a run without a crash. The last line is
/// <c>trials=N acknowledged=A lost=L duplicated=D diverged=V</c>; the line before it counts half-written records
/// and feed gaps and repeats. Exit code 0 only when every count but trials and acknowledged is zero.
/// </summary>
internal static class CrashCampaign
{
    private static readonly ConflictService[] Victims = [ConflictService.Claims, ConflictService.Reconciliation, ConflictService.Claims, ConflictService.Sources];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CrashOptions.Parse(args);
        var random = new Random(options.Seed);
        var root = Directory.CreateTempSubdirectory("conflict-crash-").FullName;
        Console.WriteLine($"crash: {options.Trials} trials, {options.Claims} claims and {options.Articles} articles each, "
            + $"on {(options.Postgres is null ? "SQLite" : "PostgreSQL")}, seed {options.Seed}, data under {root}");
        var (reference, window) = await ReferenceRunAsync(options, root);
        Console.WriteLine($"reference run: {reference.Count} timelines; writes take {window.TotalSeconds:0.00} s, the kill comes at a random moment within");
        var total = new CrashFindings(0, 0, 0, 0, 0);
        long acknowledged = 0;
        var diverged = 0;
        for (var trial = 1; trial <= options.Trials; trial++)
        {
            var victim = Victims[trial % Victims.Length];
            var killAt = TimeSpan.FromTicks((long)(random.NextDouble() * window.Ticks));
            var result = await TrialAsync(options, Path.Combine(root, "t" + trial), trial, victim, killAt, reference);
            total = new CrashFindings(total.Lost + result.Findings.Lost, total.Duplicated + result.Findings.Duplicated,
                total.HalfWritten + result.Findings.HalfWritten, total.FeedGaps + result.Findings.FeedGaps, total.FeedRepeats + result.Findings.FeedRepeats);
            acknowledged += result.Acknowledged;
            diverged += result.Diverged;
        }
        Console.WriteLine($"half_written={total.HalfWritten} feed_gaps={total.FeedGaps} feed_repeats={total.FeedRepeats}");
        Console.WriteLine($"trials={options.Trials} acknowledged={acknowledged} lost={total.Lost} duplicated={total.Duplicated} diverged={diverged}");
        var clean = total is { Lost: 0, Duplicated: 0, HalfWritten: 0, FeedGaps: 0, FeedRepeats: 0 } && diverged == 0;
        if (clean)
        {
            Directory.Delete(root, recursive: true);
        }
        return clean ? 0 : 1;
    }

    private static async Task<(Dictionary<string, Conflict.Reconciliation.V1.TimelinePoint[]> Timelines, TimeSpan Window)> ReferenceRunAsync(CrashOptions options, string root)
    {
        await using var suite = await StartAsync(options, Path.Combine(root, "reference"), "crash_ref");
        var workload = new CrashWorkload(options.Claims, options.Articles);
        await workload.CreateClaimantsAsync(suite, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        await workload.RunAsync(suite, CancellationToken.None);
        var window = clock.Elapsed;
        EnsureComplete(workload, options, "the reference run");
        return (await Convergence.SettledTimelinesAsync(suite, CancellationToken.None), window);
    }

    private sealed record TrialResult(CrashFindings Findings, int Acknowledged, int Diverged);

    private static async Task<TrialResult> TrialAsync(CrashOptions options, string directory, int trial, ConflictService victim, TimeSpan killAt,
        Dictionary<string, Conflict.Reconciliation.V1.TimelinePoint[]> reference)
    {
        await using var suite = await StartAsync(options, directory, "crash_t" + trial.ToString(CultureInfo.InvariantCulture));
        var workload = new CrashWorkload(options.Claims, options.Articles);
        await workload.CreateClaimantsAsync(suite, CancellationToken.None);
        var writing = workload.RunAsync(suite, CancellationToken.None);
        await Task.WhenAny(writing, Task.Delay(killAt));
        suite.Kill(victim);
        await writing;
        await suite.RestartAsync(victim, CancellationToken.None);
        var findings = await CrashChecks.RunAsync(suite, workload, CancellationToken.None);
        var again = new CrashWorkload(options.Claims, options.Articles);
        await again.CreateClaimantsAsync(suite, CancellationToken.None);
        await again.RunAsync(suite, CancellationToken.None);
        EnsureComplete(again, options, $"trial {trial}'s second pass");
        var differences = Convergence.Diverged(reference, await Convergence.SettledTimelinesAsync(suite, CancellationToken.None));
        var diverged = differences.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trial {trial,3}: killed {victim,-14} at {killAt.TotalSeconds:0.00} s  acknowledged={workload.Acknowledged,5} lost={findings.Lost} "
            + $"duplicated={findings.Duplicated} half_written={findings.HalfWritten} feed_gaps={findings.FeedGaps} feed_repeats={findings.FeedRepeats} diverged={diverged}"));
        var clean = findings is { Lost: 0, Duplicated: 0, HalfWritten: 0, FeedGaps: 0, FeedRepeats: 0 } && diverged == 0;
        if (clean)
        {
            await suite.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
        else
        {
            differences.Take(3).ToList().ForEach(d => Console.WriteLine("  diverged " + d));
            Console.WriteLine($"  kept {directory} (service logs and databases)");
        }
        return new TrialResult(findings, workload.Acknowledged, diverged);
    }

    private static void EnsureComplete(CrashWorkload workload, CrashOptions options, string what)
    {
        var imported = workload.ImportCalls.Count(c => c.Acknowledged) * CrashWorkload.CallSize;
        if (imported < options.Claims || workload.AcknowledgedIngests.Count < options.Articles || workload.AcknowledgedSources.Count < CrashWorkload.Claimants + CrashWorkload.ExtraSources)
        {
            throw new InvalidOperationException($"{what} did not complete: {imported} claims, {workload.AcknowledgedIngests.Count} articles, {workload.AcknowledgedSources.Count} sources answered");
        }
    }

    private static async Task<ProcessSuite> StartAsync(CrashOptions options, string directory, string databasePrefix)
    {
        Directory.CreateDirectory(directory);
        if (options.Postgres is { } server)
        {
            await SuiteStorage.CreateDatabasesAsync(server, databasePrefix);
        }
        var suite = new ProcessSuite(new SuiteStorage(directory, options.Postgres), databasePrefix);
        await suite.StartAllAsync(CancellationToken.None);
        return suite;
    }
}

/// <summary>Options of <c>crash</c>.</summary>
internal sealed record CrashOptions(int Trials, int Claims, int Articles, int Seed, string? Postgres)
{
    public static CrashOptions Parse(string[] args)
    {
        var options = new CrashOptions(100, 2000, 20, 1, null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--trials" => options with { Trials = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--claims" => options with { Claims = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--articles" => options with { Articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--postgres" => options with { Postgres = args[i + 1] },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --trials N --claims N --articles N --seed N --postgres CONNECTION"),
            };
        }
        return options;
    }
}
