using System.Diagnostics;

namespace Conflict.Bench.Grpc;

/// <summary>Calls completed in a timed run and their latencies.</summary>
internal sealed record LoadResult(string Name, long Calls, long Errors, TimeSpan Elapsed, long[] LatencyTicks)
{
    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;

    public double PercentileMs(double p)
    {
        if (LatencyTicks.Length == 0)
        {
            return double.NaN;
        }
        var index = (int)Math.Min(LatencyTicks.Length - 1, Math.Ceiling(p / 100 * LatencyTicks.Length) - 1);
        return LatencyTicks[Math.Max(0, index)] * 1000.0 / Stopwatch.Frequency;
    }

    public static LoadResult Combine(string name, IReadOnlyList<LoadResult> runs)
    {
        var latencies = runs.SelectMany(r => r.LatencyTicks).ToArray();
        Array.Sort(latencies);
        return new LoadResult(name, runs.Sum(r => r.Calls), runs.Sum(r => r.Errors), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)), latencies);
    }

    public override string ToString() =>
        $"{Name,-40} {CallsPerSecond,10:N0} calls/s   p50 {PercentileMs(50),7:0.000} ms   p99 {PercentileMs(99),7:0.000} ms   errors {Errors}";
}
