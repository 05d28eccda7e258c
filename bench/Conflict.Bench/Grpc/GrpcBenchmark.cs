using System.Globalization;
using Conflict.Client;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;

namespace Conflict.Bench.Grpc;

/// <summary>
/// Unary calls/s and p50/p99 latency with N concurrent calls on one HTTP/2 connection against (a) the
/// Grpc.AspNetCore server and (b) a raw Kestrel handler doing the same framing by hand, measured alternately in the
/// same run with the same load generator, then (c) the Grpc.Net.Client client as the suite's clients set it up
/// (<see cref="ChannelDefaults"/>: retry policy on Check; <see cref="DeadlineInterceptor"/>: a deadline on every
/// call) against the Grpc.AspNetCore server.
/// </summary>
internal static class GrpcBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = IntOption(args, "--seconds", 10);
        var concurrency = IntOption(args, "--concurrency", 64);
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        using var raw = new RawGrpcCaller();
        // One connection for the client too, as for (a) and (b): Grpc.Net.Client would open more past 100 streams.
        using var channel = ChannelDefaults.CreateChannel(server.Address.ToString(), new SocketsHttpHandler { EnableMultipleHttp2Connections = false });
        var client = new Health.HealthClient(channel.Intercept(new DeadlineInterceptor(ChannelDefaults.UnaryDeadline)));
        var grpcUri = new Uri(server.Address, BenchServer.GrpcPath);
        var rawUri = new Uri(server.Address, BenchServer.RawPath);
        Func<Task<bool>> grpcServer = () => raw.CallAsync(grpcUri);
        Func<Task<bool>> byHand = () => raw.CallAsync(rawUri);
        Func<Task<bool>> grpcClient = async () => (await client.CheckAsync(new HealthCheckRequest()).ResponseAsync.ConfigureAwait(false)).Status == HealthCheckResponse.Types.ServingStatus.Serving;

        Console.WriteLine($"gRPC unary benchmark: {concurrency} concurrent calls, one HTTP/2 connection, {Environment.ProcessorCount} cores, {seconds} s per figure");
        var warmup = TimeSpan.FromSeconds(Math.Min(2, seconds));
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, grpcServer).ConfigureAwait(false);
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, byHand).ConfigureAwait(false);
        await LoadGenerator.RunAsync("warm-up", concurrency, warmup, grpcClient).ConfigureAwait(false);

        // Alternate (a) and (b) in one-second slices so drift in machine load (a shared box) hits both alike.
        var a = new List<LoadResult>();
        var b = new List<LoadResult>();
        for (var round = 0; round < seconds; round++)
        {
            a.Add(await LoadGenerator.RunAsync("a", concurrency, TimeSpan.FromSeconds(1), grpcServer).ConfigureAwait(false));
            b.Add(await LoadGenerator.RunAsync("b", concurrency, TimeSpan.FromSeconds(1), byHand).ConfigureAwait(false));
        }
        var serverResult = LoadResult.Combine("(a) Grpc.AspNetCore, raw HttpClient", a);
        var rawResult = LoadResult.Combine("(b) raw Kestrel handler, same client", b);
        var clientResult = await LoadGenerator.RunAsync("(c) Grpc.Net.Client -> Grpc.AspNetCore", concurrency, TimeSpan.FromSeconds(seconds), grpcClient).ConfigureAwait(false);

        Console.WriteLine(serverResult);
        Console.WriteLine(rawResult);
        Console.WriteLine(clientResult);
        Console.WriteLine($"Grpc.AspNetCore / raw Kestrel: {serverResult.CallsPerSecond / rawResult.CallsPerSecond:P0} (same run, alternating 1 s slices)");
        Console.WriteLine($"Grpc.Net.Client / raw HttpClient, both against Grpc.AspNetCore: {clientResult.CallsPerSecond / serverResult.CallsPerSecond:P0}");
        return serverResult.Errors + rawResult.Errors + clientResult.Errors == 0 ? 0 : 1;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
