using System.Diagnostics;
using System.Globalization;
using Conflict.Bench.Import;
using Conflict.Claims;
using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Reconciliation;
using Conflict.Reconciliation.V1;
using Conflict.Sources;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Bench.Reconciliation;

/// <summary>
/// <c>reconcile-service [--claims N] [--variables V]</c>: the three services on real Kestrel with SQLite files;
/// imports N claims (default one million over ten thousand variables), waits until the Reconciliation service has
/// followed the feed and reconciled every variable, then measures the latency from CreateClaim to the updated
/// timeline on a WatchTimeline stream, and GetTimeline latency, each as p50/p99.
/// </summary>
internal static class ReconcileServiceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, "--claims", 1_000_000);
        var variables = (int)Arg(args, "--variables", 10_000);
        var dir = Directory.CreateTempSubdirectory("conflict-bench-recon-").FullName;
        try
        {
            var db = (string name) => $"Data Source={Path.Combine(dir, name + ".db")}";
            await using var sources = await BenchServer.StartAsync(b => b.AddSourcesService(), a => a.MapSourcesService(),
                new Dictionary<string, string?> { ["ConnectionStrings:Sources"] = db("sources") });
            await using var claims = await BenchServer.StartAsync(b => b.AddClaimsService(), a => a.MapClaimsService(),
                new Dictionary<string, string?> { ["ConnectionStrings:Claims"] = db("claims"), ["Services:Sources"] = sources.Address });
            await using var recon = await BenchServer.StartAsync(b => b.AddReconciliationService(), a => a.MapReconciliationService(),
                new Dictionary<string, string?> { ["ConnectionStrings:Reconciliation"] = db("reconciliation"), ["Services:Sources"] = sources.Address, ["Services:Claims"] = claims.Address });
            using var sc = ChannelDefaults.CreateChannel(sources.Address, security: BenchServer.Admin);
            using var cc = ChannelDefaults.CreateChannel(claims.Address, security: BenchServer.Admin);
            using var rc = ChannelDefaults.CreateChannel(recon.Address, security: BenchServer.Admin);
            var claimsClient = new ClaimsService.ClaimsServiceClient(cc);
            var reconClient = new ReconciliationService.ReconciliationServiceClient(rc);
            await SeedSourcesAsync(new SourcesService.SourcesServiceClient(sc));
            Print($"reconcile-service: {count:N0} claims over {variables:N0} variables, three services on Kestrel h2c + SQLite");
            var watch = Stopwatch.StartNew();
            await ImportAsync(claimsClient, count, variables);
            Print($"  imported in {watch.Elapsed.TotalSeconds:N1} s");
            await WaitCaughtUpAsync(reconClient, count);
            Print($"  reconciled (feed followed, every timeline computed) {watch.Elapsed.TotalSeconds:N1} s after the import began");
            await ServiceLatency.NewClaimToTimelineAsync(claimsClient, reconClient, variables);
            await ServiceLatency.GetTimelineAsync(reconClient, variables);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task ImportAsync(ClaimsService.ClaimsServiceClient client, long count, int variables)
    {
        using var call = client.ImportClaims();
        var writer = Task.Run(async () =>
        {
            for (long start = 0; start < count; start += Batches.MaxItems)
            {
                var batch = new ImportClaimsRequest();
                for (var i = start; i < Math.Min(count, start + Batches.MaxItems); i++)
                {
                    batch.Items.Add(new ImportClaimsItem { RequestId = "r" + i.ToString(CultureInfo.InvariantCulture), Claim = ServiceClaims.Claim(i, variables) });
                }
                await call.RequestStream.WriteAsync(batch);
            }
            await call.RequestStream.CompleteAsync();
        });
        while (await call.ResponseStream.MoveNext())
        {
        }
        await writer;
    }

    /// <summary>Waits until the variables' claim counts add up to every imported claim.</summary>
    private static async Task WaitCaughtUpAsync(ReconciliationService.ReconciliationServiceClient client, long count)
    {
        while (true)
        {
            long total = 0;
            var request = new ListVariablesRequest { PageSize = 1000, Measure = "area_controlled" };
            do
            {
                var page = await client.ListVariablesAsync(request);
                total += page.Variables.Sum(v => (long)v.ClaimCount);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            if (total >= count)
            {
                return;
            }
            await Task.Delay(1000);
        }
    }

    private static async Task SeedSourcesAsync(SourcesService.SourcesServiceClient sources)
    {
        for (var k = 0; k < ServiceClaims.Claimants; k++)
        {
            var source = new Source { DisplayName = "Recon Bench Speaker " + (char)('A' + k), Kind = SourceKind.GovernmentBody, AlignedParty = k % 3 == 0 ? "ua" : "" };
            await sources.CreateSourceAsync(new CreateSourceRequest { SourceId = ServiceClaims.SourceId(k), Source = source });
        }
    }

    private static long Arg(string[] args, string name, long fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
    }

    internal static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
