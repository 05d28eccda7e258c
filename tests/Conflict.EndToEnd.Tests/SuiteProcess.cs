using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conflict.Cli.Cli;
using Conflict.Cli.Supervision;
using Conflict.Testing;

namespace Conflict.EndToEnd.Tests;

/// <summary>
/// The whole suite started the way a user starts it: <c>dotnet conflict.dll up</c> as a separate process, on free
/// ports and a fresh data directory, stopped with SIGTERM at the end (which stops every service it started).
/// </summary>
public sealed class SuiteProcess : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public TempDirectory Data { get; } = new("conflict-e2e");

    internal SuitePorts Ports { get; } = new(PortCheck.FindFree(), PortCheck.FindFree(), PortCheck.FindFree(), PortCheck.FindFree());

    internal ServiceAddresses Addresses => ServiceAddresses.Local(Ports.Sources, Ports.Claims, Ports.Reconciliation, Ports.Gateway);

    /// <summary>The --server arguments that point the client at this suite.</summary>
    public string[] ServerArguments =>
    [
        "--server", "sources=" + Addresses.Sources, "--server", "claims=" + Addresses.Claims,
        "--server", "reconciliation=" + Addresses.Reconciliation, "--server", "gateway=" + Addresses.Gateway,
    ];

    /// <summary>
    /// Where <c>up</c> records the running suite; clients given the same directory find its admin token there, as a
    /// user's commands do next to the suite they started.
    /// </summary>
    public string StateDirectory => Data.File("state");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["CONFLICT_STATE_DIR"] = StateDirectory;
        foreach (var argument in new[]
        {
            CliAssembly(), "up", "--data-dir", Data.Path, "--startup-timeout", "170",
            "--sources-port", Port(Ports.Sources), "--claims-port", Port(Ports.Claims),
            "--reconciliation-port", Port(Ports.Reconciliation), "--gateway-port", Port(Ports.Gateway),
        })
        {
            info.ArgumentList.Add(argument);
        }
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_healthy.Task, exited, Task.Delay(StartupTimeout));
        if (first != _healthy.Task)
        {
            throw new InvalidOperationException($"conflict up did not report healthy services:{Environment.NewLine}{Output}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose()
    {
        _process?.Dispose();
        Data.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (line.Contains("all services are healthy", StringComparison.Ordinal))
        {
            _healthy.TrySetResult();
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>The CLI built in the same configuration as these tests.</summary>
    private static string CliAssembly()
    {
        var configuration = RepositoryLayout.OwnConfiguration();
        var root = RepositoryLayout.FindRoot() ?? throw new InvalidOperationException("Conflict.sln not found");
        var path = Path.Combine(root, "clients", "Conflict.Cli", "bin", configuration, "net10.0", "conflict.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build clients/Conflict.Cli first.", path);
    }
}
