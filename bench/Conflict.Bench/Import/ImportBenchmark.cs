using System.Diagnostics;
using System.Globalization;
using Conflict.Claims;
using Conflict.Claims.Import;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Sources;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Bench.Import;

/// <summary>
/// <c>import [--claims N]</c>: ingests N synthetic claims (default one million) through ImportClaims, in messages of
/// <see cref="Batches.MaxItems"/> claims, over real Kestrel (Grpc.AspNetCore) and Grpc.Net.Client, into a fresh
/// SQLite file, with claimant resolution through a real Sources service. Prints claims/s, peak memory at each
/// quarter (it must not grow with N), and the ListClaims latency for one variable at the end. A baseline measured
/// afterwards in the same run (<see cref="StorageBaseline"/>) gives the figure as a ratio too, which holds better
/// than claims/s when the machine's speed varies.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = ParseCount(args);
        var dir = Directory.CreateTempSubdirectory("conflict-bench-import-").FullName;
        try
        {
            await using var sources = await BenchServer.StartAsync(b => b.AddSourcesService(), a => a.MapSourcesService(),
                new Dictionary<string, string?> { ["ConnectionStrings:Sources"] = $"Data Source={Path.Combine(dir, "sources.db")}" });
            Task<BenchServer> StartClaimsAsync(string file) => BenchServer.StartAsync(b => b.AddClaimsService(), a => a.MapClaimsService(),
                new Dictionary<string, string?> { ["ConnectionStrings:Claims"] = $"Data Source={Path.Combine(dir, file)}", ["Services:Sources"] = sources.Address });
            await using var claims = await StartClaimsAsync("claims.db");
            await using var baselineClaims = await StartClaimsAsync("baseline.db");
            using var sourcesChannel = ChannelDefaults.CreateChannel(sources.Address, security: BenchServer.Admin);
            await SeedSourcesAsync(new SourcesService.SourcesServiceClient(sourcesChannel));
            using var channel = ChannelDefaults.CreateChannel(claims.Address, security: BenchServer.Admin);
            var client = new ClaimsService.ClaimsServiceClient(channel);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {count:N0} claims through ImportClaims (Kestrel h2c, messages of {Batches.MaxItems:N0} claims, SQLite, chunks of {ClaimImporter.ChunkSize:N0}, commits of up to {ImportWriter.CommitSize:N0})"));
            var rate = await ImportAsync(client, count);
            if (rate is null)
            {
                return 1;
            }
            await ListLatency.MeasureAsync(client, SyntheticClaims.ListedVariable);
            // After the import, so that its memory figures are its own.
            var baseline = await StorageBaseline.MeasureAsync(baselineClaims.Services, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import / baseline: {rate / baseline:P0} (the import pays for gRPC, validation and name resolution on top of the same writes)"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Claims per second, or null when the import did not complete.</summary>
    private static async Task<double?> ImportAsync(ClaimsService.ClaimsServiceClient client, long count)
    {
        await using var memory = new MemorySampler();
        using var call = client.ImportClaims();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var gen2Before = GC.CollectionCount(2);
        var watch = Stopwatch.StartNew();
        var writer = Task.Run(async () =>
        {
            for (long start = 0; start < count; start += Batches.MaxItems)
            {
                await call.RequestStream.WriteAsync(SyntheticClaims.Batch(start, (int)Math.Min(Batches.MaxItems, count - start)));
            }
            await call.RequestStream.CompleteAsync();
        });
        ImportClaimsResponse? last = null;
        var quarter = Math.Max(1, count / 4);
        var nextReport = quarter;
        while (await call.ResponseStream.MoveNext())
        {
            last = call.ResponseStream.Current;
            if (last.ReceivedCount >= nextReport || last.Done)
            {
                memory.Sample();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {last.ReceivedCount,10:N0} received, {last.CreatedCount,10:N0} created, {last.ReceivedCount / watch.Elapsed.TotalSeconds,9:N0} claims/s, peak working set {memory.PeakWorkingSet / 1048576.0,6:N0} MiB, peak GC heap {memory.PeakGcHeap / 1048576.0,6:N0} MiB"));
                nextReport += quarter;
            }
        }
        await writer;
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var ok = last is { Done: true } && last.CreatedCount + last.DuplicateCount == count && last.RejectedCount == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {count:N0} claims in {watch.Elapsed.TotalSeconds:N1} s = {count / watch.Elapsed.TotalSeconds:N0} claims/s; peak working set {memory.PeakWorkingSet / 1048576.0:N0} MiB, peak GC heap {memory.PeakGcHeap / 1048576.0:N0} MiB; rejected {last?.RejectedCount ?? -1}{(ok ? "" : "  <-- INCOMPLETE")}"));
        // Wall-clock rates depend on what else the machine runs; CPU time per claim does not.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: CPU {cpu:N1} s for client + server = {count / cpu:N0} claims per CPU-second ({Environment.ProcessorCount} cores; load average {LoadAverage()}); allocated {allocated / (double)count:N0} bytes per claim, {GC.CollectionCount(2) - gen2Before} gen2 collections"));
        return ok ? count / watch.Elapsed.TotalSeconds : null;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task SeedSourcesAsync(SourcesService.SourcesServiceClient sources)
    {
        for (var k = 0; k < SyntheticClaims.Claimants; k++)
        {
            await sources.CreateSourceAsync(new CreateSourceRequest
            {
                SourceId = SyntheticClaims.SourceId(k),
                Source = new Source { DisplayName = SyntheticClaims.SourceDisplayName(k), Kind = SourceKind.GovernmentBody, Country = "UA" },
            });
        }
    }

    private static long ParseCount(string[] args)
    {
        var at = Array.IndexOf(args, "--claims");
        return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 1_000_000;
    }
}
