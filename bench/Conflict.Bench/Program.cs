using Conflict.Bench.Engine;
using Conflict.Bench.Reconciliation;

// Dispatch table: first argument names the benchmark.
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["reconcile-quality"] = ReconcileQualityBench.RunAsync,
    ["reconcile-speed"] = ReconcileSpeedBench.RunAsync,
    ["fuse-quality"] = FuseQualityBench.RunAsync,
    ["reconcile-service"] = ReconcileServiceBenchmark.RunAsync,
};
if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.WriteLine("usage: Conflict.Bench <" + string.Join("|", benchmarks.Keys) + "> [args]");
    return 2;
}
return await run(args[1..]);
