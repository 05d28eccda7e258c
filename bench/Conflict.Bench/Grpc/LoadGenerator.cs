using System.Diagnostics;
using Grpc.Core;

namespace Conflict.Bench.Grpc;

/// <summary>Runs one async call function from N concurrent workers for a fixed time and records each latency.</summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(string name, int concurrency, TimeSpan duration, Func<Task<bool>> call)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(stop, call))).ToArray();
        var started = Stopwatch.GetTimestamp();
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(name, latencies.Length, results.Sum(r => r.Errors), elapsed, latencies);
    }

    private static async Task<(List<long> Latencies, long Errors)> WorkAsync(long stop, Func<Task<bool>> call)
    {
        var latencies = new List<long>(100_000);
        long errors = 0;
        while (Stopwatch.GetTimestamp() < stop)
        {
            var begin = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                ok = await call().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or RpcException or OperationCanceledException)
            {
                ok = false;
            }
            if (ok)
            {
                latencies.Add(Stopwatch.GetTimestamp() - begin);
            }
            else
            {
                errors++;
            }
        }
        return (latencies, errors);
    }
}
