using Conflict.Cli.Cli;
using Conflict.Cli.Demo;
using Conflict.Cli.Formatting;
using Conflict.Cli.Supervision;
using Spectre.Console;

namespace Conflict.Cli.Commands;

/// <summary>What <c>conflict up</c> does once every service is healthy: load the demo, print its timeline, print the URLs.</summary>
internal sealed class UpReadyStep(CliContext cli, ConsoleServiceLog log, ServiceAddresses addresses, CallerSecurity security, string? demoDirectory)
{
    public const string DemoVariable = "area_controlled/ua/RU-KRS";

    public async Task RunAsync(CancellationToken ct)
    {
        using var clients = new ConflictClients(addresses, security, cli.ChannelFactory, cli.InvokerFactory);
        if (demoDirectory is not null)
        {
            log.Status($"loading the demo from {demoDirectory}");
            await new DemoLoader(clients, log.Status).LoadAsync(demoDirectory, ct);
            log.Status($"waiting for the reconciliation of {DemoVariable} to catch up and settle");
            var (timeline, expected, caughtUp) = await new ReconciliationWaiter(clients).WaitAsync(DemoVariable, TimeSpan.FromSeconds(60), ct);
            if (!caughtUp)
            {
                log.Error($"after 60s the reconciliation used {timeline?.Evidence.Count ?? 0} of {expected} claims{(timeline?.Settled == false ? " and was still re-learning" : "")}; showing what it has");
            }
            if (timeline is not null)
            {
                log.Block(console =>
                {
                    TimelineTable.Write(console, timeline);
                    foreach (var line in TimelineChart.Render(timeline, Math.Clamp(console.Profile.Width - 14, 20, 100)))
                    {
                        console.WriteLine(line);
                    }
                });
            }
        }
        log.Block(console =>
        {
            console.WriteLine($"Gateway: {addresses.Gateway}  (timelines page and HTTP/JSON API)");
            console.WriteLine($"gRPC: sources {addresses.Sources}, claims {addresses.Claims}, reconciliation {addresses.Reconciliation}");
            console.WriteLine($"Try: conflict timeline {DemoVariable} --format chart   (Ctrl+C here stops the suite)");
        });
    }
}
