using System.Globalization;
using Conflict.Grpc;
using Grpc.Health.V1;

namespace Conflict.Bench.Grpc;

/// <summary>
/// Unary calls/s and p50/p99 latency with N concurrent calls on one HTTP/2 connection against (a) our server and
/// (b) a raw Kestrel handler doing the same framing by hand, measured alternately in the same run with the same
/// load generator, then (c) our client against our server.
/// </summary>
internal static class GrpcBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = IntOption(args, "--seconds", 10);
        var concurrency = IntOption(args, "--concurrency", 64);
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        using var raw = new RawGrpcCaller();
        using var channel = GrpcChannel.ForAddress(server.Address);
        var client = new HealthClient(channel);
        var oursUri = new Uri(server.Address, BenchServer.OursPath);
        var rawUri = new Uri(server.Address, BenchServer.RawPath);
        Func<Task<bool>> ours = () => raw.CallAsync(oursUri);
        Func<Task<bool>> byHand = () => raw.CallAsync(rawUri);
        Func<Task<bool>> ourClient = async () => (await client.CheckAsync(new HealthCheckRequest()).ResponseAsync.ConfigureAwait(false)).Status == HealthCheckResponse.Types.ServingStatus.Serving;

        Console.WriteLine($"gRPC unary benchmark: {concurrency} concurrent calls, one HTTP/2 connection, {Environment.ProcessorCount} cores, {seconds} s per figure");
        var warmup = TimeSpan.FromSeconds(Math.Min(2, seconds));
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, ours).ConfigureAwait(false);
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, byHand).ConfigureAwait(false);
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, ourClient).ConfigureAwait(false);

        // Alternate (a) and (b) in one-second slices so drift in machine load (a shared box) hits both alike.
        var a = new List<LoadResult>();
        var b = new List<LoadResult>();
        for (var round = 0; round < seconds; round++)
        {
            a.Add(await LoadGenerator.RunAsync("a", concurrency, TimeSpan.FromSeconds(1), ours).ConfigureAwait(false));
            b.Add(await LoadGenerator.RunAsync("b", concurrency, TimeSpan.FromSeconds(1), byHand).ConfigureAwait(false));
        }
        var oursResult = LoadResult.Combine("(a) our server, raw HttpClient", a);
        var rawResult = LoadResult.Combine("(b) raw Kestrel handler, same client", b);
        var clientResult = await LoadGenerator.RunAsync("(c) our client -> our server", concurrency, TimeSpan.FromSeconds(seconds), ourClient).ConfigureAwait(false);

        Console.WriteLine(oursResult);
        Console.WriteLine(rawResult);
        Console.WriteLine(clientResult);
        var ratio = oursResult.CallsPerSecond / rawResult.CallsPerSecond;
        Console.WriteLine($"our server / raw Kestrel: {ratio:P0} (target >= 70%)");
        return oursResult.Errors + rawResult.Errors + clientResult.Errors == 0 ? 0 : 1;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
