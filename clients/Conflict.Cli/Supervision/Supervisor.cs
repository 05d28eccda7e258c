using Conflict.Cli.Cli;

namespace Conflict.Cli.Supervision;

/// <summary>
/// Starts services as separate processes, waits until each answers its health check, then keeps them running
/// until Ctrl+C (exit 0) or until one dies (exit 1, naming it and why). Every process is stopped on the way out.
/// </summary>
internal sealed class Supervisor(IServiceLog log, Func<ServiceSpec, CancellationToken, Task<bool>> isHealthy)
{
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public async Task<int> RunAsync(IReadOnlyList<ServiceSpec> specs, Func<CancellationToken, Task>? whenReady, CancellationToken ct)
    {
        PortCheck.EnsureFree(specs);
        var processes = new List<ServiceProcess>();
        try
        {
            foreach (var spec in specs)
            {
                processes.Add(ServiceProcess.Start(spec, log));
                log.Status($"started {spec.Name} (pid {processes[^1].Id}) on {spec.Url}");
            }
            if (await WaitHealthyAsync(processes, ct) is { } deadEarly)
            {
                return await ReportDeathAsync(deadEarly, ct);
            }
            if (ct.IsCancellationRequested)
            {
                return ExitCodes.Ok;
            }
            log.Status("all services are healthy; press Ctrl+C to stop them");
            using var ready = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var readyWork = RunReadyAsync(whenReady, ready.Token);
            var died = await WaitForDeathAsync(processes, ct);
            await ready.CancelAsync();
            await readyWork;
            return died is null ? ExitCodes.Ok : await ReportDeathAsync(died, ct);
        }
        finally
        {
            await StopAllAsync(processes);
        }
    }

    /// <summary>Polls every health check until all pass; returns a process that died meanwhile, if any.</summary>
    private async Task<ServiceProcess?> WaitHealthyAsync(List<ServiceProcess> processes, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartupTimeout);
        var pending = processes.ToList();
        while (pending.Count > 0 && !ct.IsCancellationRequested)
        {
            if (pending.FirstOrDefault(p => p.HasExited) is { } dead)
            {
                return dead;
            }
            foreach (var process in pending.ToList())
            {
                if (await ProbeAsync(process.Spec, timeout.Token))
                {
                    log.Status($"{process.Spec.Name} is healthy");
                    pending.Remove(process);
                }
            }
            if (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new CliException($"timed out after {StartupTimeout.TotalSeconds:0}s waiting for {string.Join(", ", pending.Select(p => p.Spec.Name))} to become healthy.");
            }
            if (pending.Count > 0)
            {
                await Task.WhenAny(Task.Delay(HealthInterval, timeout.Token), Task.WhenAny(pending.Select(p => p.Exited)));
            }
        }
        return processes.FirstOrDefault(p => p.HasExited);
    }

    private async Task<bool> ProbeAsync(ServiceSpec spec, CancellationToken ct)
    {
        try
        {
            return await isHealthy(spec, ct);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Not listening yet, or not serving yet: both mean "try again".
            return false;
        }
    }

    private async Task RunReadyAsync(Func<CancellationToken, Task>? whenReady, CancellationToken ct)
    {
        try
        {
            await (whenReady?.Invoke(ct) ?? Task.CompletedTask);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The services stay up: a failed demo load should not take the suite down with it.
            log.Error($"{error.Message} (the services are still running)");
        }
    }

    private static async Task<ServiceProcess?> WaitForDeathAsync(List<ServiceProcess> processes, CancellationToken ct)
    {
        var anyExit = Task.WhenAny(processes.Select(p => p.Exited));
        await Task.WhenAny(anyExit, Task.Delay(Timeout.Infinite, ct));
        return ct.IsCancellationRequested ? null : processes.First(p => p.HasExited);
    }

    private async Task<int> ReportDeathAsync(ServiceProcess dead, CancellationToken ct)
    {
        // On Ctrl+C the terminal signals the children too; one may exit just before our token is cancelled.
        await Task.WhenAny(Task.Delay(TimeSpan.FromMilliseconds(300), CancellationToken.None), Task.Delay(Timeout.Infinite, ct));
        if (ct.IsCancellationRequested)
        {
            return ExitCodes.Ok;
        }
        log.Error(dead.DescribeExit());
        log.Error("stopping the other services");
        return ExitCodes.Error;
    }

    private async Task StopAllAsync(List<ServiceProcess> processes)
    {
        var running = processes.Where(p => !p.HasExited).ToList();
        if (running.Count > 0)
        {
            log.Status($"stopping {string.Join(", ", running.Select(p => p.Spec.Name))}");
        }
        await Task.WhenAll(running.Select(p => p.StopAsync(StopGrace)));
        foreach (var process in processes)
        {
            process.Dispose();
        }
        if (running.Count > 0)
        {
            log.Status("all services stopped");
        }
    }
}
