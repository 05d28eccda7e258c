using System.Diagnostics;
using System.Globalization;
using Conflict.Claims.V1;

namespace Conflict.Bench.Import;

/// <summary>Times ListClaims for one variable (pages of 100, following the tokens) and prints p50 and p99.</summary>
internal static class ListLatency
{
    private const int Warmup = 300;
    private const int Calls = 1000;

    public static async Task MeasureAsync(ClaimsService.ClaimsServiceClient client, string variable)
    {
        var times = new List<double>(Calls);
        var token = "";
        long listed = 0;
        for (var i = 0; i < Warmup + Calls; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await client.ListClaimsAsync(new ListClaimsRequest { Variable = variable, PageSize = 100, PageToken = token });
            watch.Stop();
            token = page.NextPageToken;
            listed += page.Claims.Count;
            if (i >= Warmup)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"list: ListClaims variable={variable} page_size=100, {Calls} calls: p50 {Percentile(times, 0.50):N2} ms, p99 {Percentile(times, 0.99):N2} ms ({listed:N0} claims listed)"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
