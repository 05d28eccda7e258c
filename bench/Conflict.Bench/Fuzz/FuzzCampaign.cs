using System.Diagnostics;
using System.Globalization;
using Conflict.Bench.Crash;
using Conflict.Client;
using Conflict.Client.Auth;
using Limits = Conflict.ServiceDefaults.Limits;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// <c>fuzz</c>: the three services as processes on fresh SQLite files, and N inputs thrown at them by several
/// workers at once: mutated and random protobuf requests for every RPC (<see cref="MessageFuzzer"/>), malformed
/// gRPC framing (<see cref="FramingFuzzer"/>), adversarial article texts for ExtractClaims (<see cref="TextFuzzer"/>)
/// and claim files for <c>conflict claims import</c> (<see cref="FileFuzzer"/>). First, rejected writes are checked
/// one at a time to store nothing (a digest of every stored record before and after). A service that exits is a
/// crash (restarted, counted). The last line is <c>inputs=N crashes=C unhandled=U hangs=H</c>.
/// </summary>
internal static class FuzzCampaign
{
    /// <summary>Requests up to one HTTP/2 frame (16 KiB by default) share a connection per service.</summary>
    private const int SharedConnectionBytes = 16 * 1024;

    private static readonly string[] WritePrefixes = ["Create", "Update", "Delete", "Undelete", "Import", "Ingest", "BatchCreate", "Supersede", "Retract"];

    public static async Task<int> RunAsync(string[] args)
    {
        var options = FuzzOptions.Parse(args);
        var directory = Directory.CreateTempSubdirectory("conflict-fuzz-").FullName;
        Console.WriteLine($"fuzz: {options.Inputs} inputs, {options.Workers} workers, seed {options.Seed}, data under {directory}");
        // The rate limits would answer most of a fuzzer's writes with RESOURCE_EXHAUSTED before they reach the code.
        await using var suite = new ProcessSuite(new SuiteStorage(directory, null), "fuzz", ConflictRoles.Admin,
            ["--Limits:WritesPerSecond=1000000", "--Limits:WriteBurst=1000000",
            // Debug on Kestrel's HTTP/2 category logs every connection it ends, with the reason (counted at the end).
            "--Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel.Http2=Debug"]);
        await suite.StartAllAsync(CancellationToken.None);
        var methods = ProcessSuite.Services.SelectMany(s => Descriptor(s).Methods.Select(m => (Service: s, Method: m))).ToArray();
        var tally = new FuzzTally();
        var stored = await CheckRejectedWritesStoreNothingAsync(suite, methods, options, tally);
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var watchdog = WatchAsync(suite, tally, stop.Token);
        long next = tally.Inputs;
        await Task.WhenAll(Enumerable.Range(0, options.Workers).Select(w => Task.Run(async () =>
        {
            using var worker = new Worker(new Random(options.Seed * 1000 + w), suite, methods, directory, options);
            while (Interlocked.Increment(ref next) <= options.Inputs)
            {
                await worker.OneAsync(tally);
            }
        })));
        await stop.CancelAsync();
        await watchdog;
        Report(tally, clock.Elapsed, stored, ConnectionTeardowns(directory));
        return tally is { Crashes: 0, Unhandled: 0, Hangs: 0 } && stored == 0 ? 0 : 1;
    }

    /// <summary>One write at a time: when the service refuses it, nothing it stores may have changed.</summary>
    private static async Task<int> CheckRejectedWritesStoreNothingAsync(ProcessSuite suite, (ConflictService Service, MethodDescriptor Method)[] methods, FuzzOptions options, FuzzTally tally)
    {
        var writes = methods.Where(m => WritePrefixes.Any(p => m.Method.Name.StartsWith(p, StringComparison.Ordinal))).ToArray();
        var random = new Random(options.Seed);
        var fuzzer = new MessageFuzzer(random);
        var (rejected, changed) = (0, 0);
        for (var i = 0; i < options.RejectionChecks; i++)
        {
            var (service, method) = writes[random.Next(writes.Length)];
            var before = await StoreDigest.OfAsync(suite);
            var status = await RawCalls.SendAsync(suite.Channel(service).CreateCallInvoker(), method, [fuzzer.Next(method.InputType)], tally);
            if (status is null or StatusCode.OK)
            {
                continue;
            }
            rejected++;
            if (await StoreDigest.OfAsync(suite) != before)
            {
                changed++;
                tally.Mismatch($"{method.Name} answered {status} but changed what is stored");
            }
        }
        Console.WriteLine($"rejected writes checked one by one: {rejected}, of which changed what is stored: {changed}");
        return changed;
    }

    /// <summary>Every second: a service that exited is a crash; it is started again so the campaign goes on.</summary>
    private static async Task WatchAsync(ProcessSuite suite, FuzzTally tally, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            foreach (var service in ProcessSuite.Services.Where(suite.HasExited))
            {
                tally.Crash(service.ToString());
                suite.Forget(service);
                await suite.RestartAsync(service, CancellationToken.None);
            }
            await Task.Delay(1000, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>HTTP/2 connections a service ended with a connection error (Kestrel's debug log, enabled for this campaign).</summary>
    private static int ConnectionTeardowns(string directory) =>
        Directory.GetFiles(directory, "*.log").Sum(f => File.ReadLines(f).Count(l => l.EndsWith("\": HTTP/2 connection error.", StringComparison.Ordinal)));

    private static void Report(FuzzTally tally, TimeSpan elapsed, int stored, int teardowns)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"answers in {elapsed.TotalSeconds:0} s ({tally.Inputs / Math.Max(1, elapsed.TotalSeconds):0} inputs/s):"));
        foreach (var (kind, count) in tally.Statuses)
        {
            Console.WriteLine($"  {kind,-70} {count,9}");
        }
        foreach (var example in tally.Examples)
        {
            Console.WriteLine("  ! " + example);
        }
        Console.WriteLine($"stored_from_rejected={stored}");
        Console.WriteLine($"connection_teardowns={teardowns} (HTTP/2 connections the services ended, counted from their logs)");
        Console.WriteLine($"inputs={tally.Inputs} crashes={tally.Crashes} unhandled={tally.Unhandled} hangs={tally.Hangs}");
    }

    private static ServiceDescriptor Descriptor(ConflictService service) => service switch
    {
        ConflictService.Sources => Conflict.Sources.V1.SourcesService.Descriptor,
        ConflictService.Claims => Conflict.Claims.V1.ClaimsService.Descriptor,
        _ => Conflict.Reconciliation.V1.ReconciliationService.Descriptor,
    };

    /// <summary>One worker's generators; each input is one of the four kinds.</summary>
    private sealed class Worker(Random random, ProcessSuite suite, (ConflictService Service, MethodDescriptor Method)[] methods, string directory, FuzzOptions options) : IDisposable
    {
        private readonly MessageFuzzer _messages = new(random);
        private readonly TextFuzzer _texts = new(random);
        private readonly FileFuzzer _files = new(random, directory);
        private readonly FramingFuzzer _framing = new(random, new MessageFuzzer(random));
        private readonly string[] _servers = ProcessSuite.Services.SelectMany(s => new[] { "--server", $"{s.ToString().ToLowerInvariant()}={suite.Address(s)}" }).ToArray();

        public void Dispose() => _framing.Dispose();

        public async Task OneAsync(FuzzTally tally)
        {
            var pick = random.Next(100);
            var (service, method) = methods[random.Next(methods.Length)];
            if (pick < 75)
            {
                var count = method.IsClientStreaming ? random.Next(0, 4) : 1;
                var requests = Enumerable.Range(0, Math.Max(count, method.IsClientStreaming ? 0 : 1)).Select(_ => _messages.Next(method.InputType)).ToList();
                if (requests.Sum(r => r.Length) <= SharedConnectionBytes)
                {
                    await RawCalls.SendAsync(suite.Channel(service).CreateCallInvoker(), method, requests.Count == 0 ? [[]] : requests, tally);
                    return;
                }
                // A large upload goes on a connection of its own. When the service answers before it has read the whole
                // request (a refused message, a deadline), Kestrel discards what the client still sends for 5 s, then
                // ends the whole connection with STREAM_CLOSED; on an overloaded machine its own input backlog can
                // outlast those 5 s, and the other workers' calls on a shared connection would fail with it. Those
                // teardowns are counted from the services' logs and reported, not hidden.
                using var own = ChannelDefaults.CreateChannel(suite.Address(service), security: suite.Security);
                await RawCalls.SendAsync(own.CreateCallInvoker(), method, requests, tally, oversized: requests.Any(r => r.Length > Limits.ConflictLimits.MaxMessageBytes));
            }
            else if (pick < 85)
            {
                await _framing.SendAsync(suite.Address(service), method, suite.Token, tally);
            }
            else if (pick < 95)
            {
                var extract = Conflict.Claims.V1.ClaimsService.Descriptor.FindMethodByName("ExtractClaims");
                var large = options.LargeTexts && random.Next(200) == 0;
                await RawCalls.SendAsync(suite.Channel(ConflictService.Claims).CreateCallInvoker(), extract, [_texts.Next(large)], tally);
            }
            else
            {
                await _files.RunAsync(_servers, suite.Token, tally);
            }
        }
    }
}

/// <summary>Options of <c>fuzz</c>.</summary>
internal sealed record FuzzOptions(long Inputs, int Workers, int Seed, int RejectionChecks, bool LargeTexts)
{
    public static FuzzOptions Parse(string[] args)
    {
        var options = new FuzzOptions(1_000_000, 16, 1, 300, true);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--inputs" => options with { Inputs = long.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--workers" => options with { Workers = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--rejection-checks" => options with { RejectionChecks = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--no-large-texts" => options with { LargeTexts = false },
                _ => throw new ArgumentException($"unknown option {args[i]}; use --inputs N --workers N --seed N --rejection-checks N --no-large-texts"),
            };
        }
        return options;
    }
}
