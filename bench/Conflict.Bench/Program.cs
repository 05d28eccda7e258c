// Benchmarks that print figures. Usage: dotnet run -c Release --project bench/Conflict.Bench -- <name> [options]
// To add one: put it in its own folder and add a line to the table below.
using Conflict.Bench.Grpc;

var benchmarks = new SortedDictionary<string, (string Description, Func<string[], Task<int>> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["import"] = ("ImportClaims of synthetic claims into SQLite: claims/s, CPU, peak memory; ListClaims p50/p99 [--claims N]", Conflict.Bench.Import.ImportBenchmark.RunAsync),
    ["grpc"] = ("unary calls/s and p50/p99 latency: our server vs raw Kestrel, and our client [--seconds N] [--concurrency N]", GrpcBenchmark.RunAsync),
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
        Console.WriteLine($"  {name,-12} {description}");
    }
    return args.Length == 0 ? 2 : 0;
}
if (!benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'; known: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}
return await benchmark.Run(args[1..]);
