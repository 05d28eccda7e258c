using System.Net;
using System.Net.Sockets;
using Conflict.Cli.Cli;
using Conflict.Cli.Supervision;

namespace Conflict.Cli.Tests.Supervision;

public sealed class SupervisorTests
{
    private static ServiceSpec Shell(string name, string script) =>
        new(name, "sh", ["-c", script], PortCheck.FindFree(), $"http://127.0.0.1:0/{name}");

    private static bool IsRunning(int pid) => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    [Fact]
    public async Task Run_PortTaken_FailsClearlyBeforeStartingAnything()
    {
        // Arrange
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("alpha", "exec sleep 30") with { Port = port }, Shell("beta", "exec sleep 30") };
        // Act
        var error = await Assert.ThrowsAsync<CliException>(() => new Supervisor(log, (_, _) => Task.FromResult(true)).RunAsync(specs, null, CancellationToken.None));
        listener.Stop();
        // Assert
        Assert.Contains($"port {port} for alpha is already in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("--alpha-port", error.Message, StringComparison.Ordinal);
        Assert.Empty(log.Statuses);
    }

    [Fact]
    public async Task Run_SamePortTwice_FailsClearly()
    {
        // Arrange
        var alpha = Shell("alpha", "exec sleep 30");
        var specs = new[] { alpha, Shell("beta", "exec sleep 30") with { Port = alpha.Port } };
        // Act
        var error = await Assert.ThrowsAsync<CliException>(() => new Supervisor(new RecordingServiceLog(), (_, _) => Task.FromResult(true)).RunAsync(specs, null, CancellationToken.None));
        // Assert
        Assert.Contains($"port {alpha.Port} is given to several services: alpha, beta", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OneChildDies_StopsTheOthersAndReportsWhichAndWhy()
    {
        // Arrange
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("alpha", "echo alpha ready; exec sleep 60"), Shell("beta", "echo beta cannot open its database >&2; sleep 1; exit 3") };
        var supervisor = new Supervisor(log, (_, _) => Task.FromResult(true)) { StopGrace = TimeSpan.FromSeconds(5) };
        // Act
        var exit = await supervisor.RunAsync(specs, null, CancellationToken.None);
        // Assert
        Assert.Equal(ExitCodes.Error, exit);
        var report = log.Errors.First();
        Assert.StartsWith("beta exited with code 3; its last output:", report, StringComparison.Ordinal);
        Assert.Contains("beta cannot open its database", report, StringComparison.Ordinal);
        Assert.Contains("stopping the other services", log.Errors);
        Assert.False(IsRunning(log.PidOf("alpha")));
        Assert.Contains("alpha|out|alpha ready", log.Lines);
        Assert.Contains("beta|err|beta cannot open its database", log.Lines);
    }

    [Fact]
    public async Task Run_ChildDiesBeforeHealthy_ReportsItAndStopsTheRest()
    {
        // Arrange
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("alpha", "exec sleep 60"), Shell("beta", "exit 7") };
        var supervisor = new Supervisor(log, (_, _) => Task.FromResult(false)) { StopGrace = TimeSpan.FromSeconds(5) };
        // Act
        var exit = await supervisor.RunAsync(specs, null, CancellationToken.None);
        // Assert
        Assert.Equal(ExitCodes.Error, exit);
        Assert.Equal("beta exited with code 7", log.Errors.First());
        Assert.False(IsRunning(log.PidOf("alpha")));
    }

    [Fact]
    public async Task Run_Cancelled_StopsEveryChildAndExitsZero()
    {
        // Arrange
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("alpha", "exec sleep 60"), Shell("beta", "exec sleep 60") };
        using var cts = new CancellationTokenSource();
        var ready = new TaskCompletionSource();
        var supervisor = new Supervisor(log, (_, _) => Task.FromResult(true)) { StopGrace = TimeSpan.FromSeconds(5) };
        // Act
        var running = supervisor.RunAsync(specs, _ => { ready.SetResult(); return Task.CompletedTask; }, cts.Token);
        await ready.Task;
        await cts.CancelAsync();
        var exit = await running;
        // Assert
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(log.Errors);
        Assert.False(IsRunning(log.PidOf("alpha")));
        Assert.False(IsRunning(log.PidOf("beta")));
        Assert.Contains("all services stopped", log.Statuses);
    }

    [Fact]
    public async Task Run_NeverHealthy_TimesOutNamingTheServiceAndStopsIt()
    {
        // Arrange
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("alpha", "exec sleep 60") };
        var supervisor = new Supervisor(log, (_, _) => Task.FromResult(false)) { StartupTimeout = TimeSpan.FromSeconds(1), StopGrace = TimeSpan.FromSeconds(5) };
        // Act
        var error = await Assert.ThrowsAsync<CliException>(() => supervisor.RunAsync(specs, null, CancellationToken.None));
        // Assert
        Assert.Contains("waiting for alpha to become healthy", error.Message, StringComparison.Ordinal);
        Assert.False(IsRunning(log.PidOf("alpha")));
    }

    [Fact]
    public async Task Run_ChildIgnoresSigterm_IsKilledAfterTheGracePeriod()
    {
        // Arrange
        var log = new RecordingServiceLog();
        var specs = new[] { Shell("stubborn", "trap '' TERM; echo up; while true; do sleep 1; done") };
        using var cts = new CancellationTokenSource();
        var supervisor = new Supervisor(log, (_, _) => Task.FromResult(true)) { StopGrace = TimeSpan.FromMilliseconds(500) };
        // Act
        var running = supervisor.RunAsync(specs, async ct => await cts.CancelAsync(), cts.Token);
        var exit = await running;
        // Assert
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.False(IsRunning(log.PidOf("stubborn")));
    }
}
