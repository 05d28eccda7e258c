using System.Diagnostics;
using Conflict.Claims.V1;
using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Bench.Reconciliation;

/// <summary>Latency measurements against the running services, printed as p50/p99.</summary>
internal static class ServiceLatency
{
    /// <summary>From sending CreateClaim to receiving the timeline that includes it on an open WatchTimeline stream.</summary>
    public static async Task NewClaimToTimelineAsync(ClaimsService.ClaimsServiceClient claims, ReconciliationService.ReconciliationServiceClient recon, int variables, int samples = 200)
    {
        var variable = ServiceClaims.Variable(7);
        using var cts = new CancellationTokenSource();
        using var call = recon.WatchTimeline(new WatchTimelineRequest { Variable = variable }, new CallOptions(cancellationToken: cts.Token));
        await call.ResponseStream.MoveNext(cts.Token);
        var evidence = call.ResponseStream.Current.Evidence.Count;
        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            // A new day after every existing one: a fresh claim the timeline must take in.
            var claim = ServiceClaims.Claim(7, variables, dayOffset: 400 + i);
            var watch = Stopwatch.StartNew();
            await claims.CreateClaimAsync(new CreateClaimRequest { Claim = claim });
            while (call.ResponseStream.Current.Evidence.Count <= evidence)
            {
                await call.ResponseStream.MoveNext(cts.Token);
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
            evidence = call.ResponseStream.Current.Evidence.Count;
        }
        await cts.CancelAsync();
        Report("new claim -> updated timeline (CreateClaim to WatchTimeline)", times, target: 50);
    }

    public static async Task GetTimelineAsync(ReconciliationService.ReconciliationServiceClient recon, int variables, int samples = 2000)
    {
        var random = new Random(7);
        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var request = new GetTimelineRequest { Variable = ServiceClaims.Variable(random.Next(variables)) };
            var watch = Stopwatch.StartNew();
            await recon.GetTimelineAsync(request);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Report("GetTimeline", times, target: 5);
    }

    private static void Report(string what, List<double> times, double target)
    {
        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)(q * times.Count))];
        ReconcileServiceBenchmark.Print($"  {what}: p50 {P(0.5):N2} ms, p99 {P(0.99):N2} ms over {times.Count} calls (target p99 < {target} ms)");
    }
}
