// Benchmarks that print figures. Usage: dotnet run -c Release --project bench/Conflict.Bench -- <name> [options]
// To add one: put it in its own folder and add a line to the table below.
// bench/compare-import.sh runs `import` of this tree against an earlier commit (a git worktree) in interleaved rounds.
using Conflict.Bench.Engine;
using Conflict.Bench.Extraction;
using Conflict.Bench.Grpc;
using Conflict.Bench.Import;
using Conflict.Bench.Reconciliation;

var benchmarks = new SortedDictionary<string, (string Description, Func<string[], Task<int>> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["grpc"] = ("unary calls/s and p50/p99 latency: Grpc.AspNetCore vs raw Kestrel, and Grpc.Net.Client [--seconds N] [--concurrency N]", GrpcBenchmark.RunAsync),
    ["import"] = ("ImportClaims of synthetic claims (batches of 1000) into SQLite: claims/s, CPU, peak memory; ListClaims p50/p99 [--claims N]", ImportBenchmark.RunAsync),
    ["extract"] = ("extraction throughput in MB of text per second on one core", a => Task.FromResult(ExtractBenchmark.Run(["extract", .. a]))),
    ["extract-jsonl"] = ("prints the claims of one article as JSON lines (used by the extraction score step)", a => Task.FromResult(ExtractJsonlCommand.Run(["extract-jsonl", .. a]))),
    ["reconcile-quality"] = ("synthetic timelines: error and 90% coverage of every method", ReconcileQualityBench.RunAsync),
    ["reconcile-speed"] = ("full reconciliation of one million claims over ten thousand variables", ReconcileSpeedBench.RunAsync),
    ["fuse-real"] = ("every set in ../shared/datasets x every fusion method: MAE or error rate on dev and held-out halves, coverage, calibration", FuseRealBench.RunAsync),
    ["series-quality"] = ("synthetic series judged on a truth day after the last claim: error vs plain averages, coverage at 50/80/90/95% [series] [seed]", SeriesQualityBench.RunAsync),
    ["fuse-quality"] = ("static fusion on synthetic mixed data: error rate, MAE, coverage of every method", FuseQualityBench.RunAsync),
    ["crash"] = ("SIGKILL a service mid-write, restart, check nothing answered is lost or doubled [--trials N] [--claims N] [--postgres CONN]", Conflict.Bench.Crash.CrashCampaign.RunAsync),
    ["fuzz"] = ("mutated protobuf, broken framing, adversarial texts and claim files against the services [--inputs N] [--workers N] [--seed N]", Conflict.Bench.Fuzz.FuzzCampaign.RunAsync),
    ["replicas"] = ("scale-out proof: 2 replicas per service on PostgreSQL, a Reconciliation replica SIGKILLed mid-import, same timelines as 1 replica on SQLite --postgres CONN [--calls N]", Conflict.Bench.Replicas.ReplicaProof.RunAsync),
    ["scale"] = ("import and reconcile throughput on SQLite x1, PostgreSQL x1 and x2 replicas per service, CPU per service, PostgreSQL waits [--postgres CONN] [--calls N]", Conflict.Bench.Replicas.ScaleBench.RunAsync),
    ["reconcile-service"] = ("three services: feed catch-up, new claim to timeline p99, GetTimeline p99 [--claims N] [--variables V]", ReconcileServiceBenchmark.RunAsync),
};

if (Conflict.Bench.Extraction.ExtractionCommands.TryRun(args) is { } extractionExit)
{
    return extractionExit;
}
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: Conflict.Bench <benchmark> [options]");
    foreach (var (name, (description, _)) in benchmarks)
    {
        Console.WriteLine($"  {name,-18} {description}");
    }
    return args.Length == 0 ? 2 : 0;
}
if (!benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'; known: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}
return await benchmark.Run(args[1..]);
