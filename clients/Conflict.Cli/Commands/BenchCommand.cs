using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands;

/// <summary><c>conflict bench</c>: a quick client-side latency benchmark of running services; prints figures.</summary>
internal sealed class BenchCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Option<int> _calls = new("--calls", "-n") { Description = "Calls per RPC.", DefaultValueFactory = _ => 2000 };
    private readonly Option<int> _concurrency = new("--concurrency", "-c") { Description = "Calls in flight at once.", DefaultValueFactory = _ => 16 };
    private readonly Option<string> _variable = new("--variable") { Description = "Timeline to fetch.", DefaultValueFactory = _ => "area_controlled/ua/RU-KRS" };

    public Command Build()
    {
        var command = new Command("bench", HelpText.With(
            "Measure call latency and throughput against running services (health check, ListMeasures, GetTimeline).",
            "conflict bench",
            "conflict bench --calls 10000 --concurrency 64")) { _calls, _concurrency, _variable };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var (calls, concurrency) = (Math.Max(1, parse.GetValue(_calls)), Math.Max(1, parse.GetValue(_concurrency)));
        using var clients = globals.Clients(parse, cli);
        var health = clients.Health(clients.Addresses.Sources);
        var timeline = new GetTimelineRequest { Variable = parse.GetValue(_variable)! };
        var cases = new (string Name, Func<CancellationToken, Task> Call)[]
        {
            ("Health.Check (sources)", async c => await health.CheckAsync(new global::Grpc.Health.V1.HealthCheckRequest(), c.Call())),
            ("ClaimsService.ListMeasures", async c => await clients.Claims.ListMeasuresAsync(new ListMeasuresRequest(), c.Call())),
            ("ReconciliationService.GetTimeline", async c => await clients.Reconciliation.GetTimelineAsync(timeline, c.Call())),
        };
        var table = new Table().Border(TableBorder.Rounded).AddColumns("RPC", "Calls", "Errors", "Calls/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        foreach (var (name, call) in cases)
        {
            await RunCallsAsync(call, Math.Min(50, calls), concurrency, ct);
            var result = await RunCallsAsync(call, calls, concurrency, ct);
            table.AddRow(name, N(calls), N(result.Errors), Numbers.Display(calls / result.Elapsed.TotalSeconds),
                Ms(result.Percentile(0.50)), Ms(result.Percentile(0.90)), Ms(result.Percentile(0.99)), Ms(result.Percentile(1.0)));
        }
        cli.Out.WriteLine($"{calls} calls per RPC, {concurrency} in flight, {Environment.ProcessorCount} cores.");
        cli.Console.Write(table);
        return ExitCodes.Ok;
    }

    private static async Task<BenchResult> RunCallsAsync(Func<CancellationToken, Task> call, int calls, int concurrency, CancellationToken ct)
    {
        var latencies = new double[calls];
        var next = -1;
        var errors = 0;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await call(ct);
                }
                catch (RpcException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        return new BenchResult(latencies, errors, total.Elapsed);
    }

    private sealed record BenchResult(double[] Latencies, int Errors, TimeSpan Elapsed)
    {
        public double Percentile(double p)
        {
            var sorted = Latencies.Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
