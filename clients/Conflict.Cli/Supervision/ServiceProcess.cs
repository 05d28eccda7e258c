using System.Diagnostics;
using System.Globalization;

namespace Conflict.Cli.Supervision;

/// <summary>
/// One running service: its output goes line by line to the log, the last lines are kept to explain a
/// death, and stopping asks politely (SIGTERM) before killing.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private const int KeptLines = 15;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServiceProcess(ServiceSpec spec, Process process)
    {
        Spec = spec;
        _process = process;
    }

    public ServiceSpec Spec { get; }

    public int Id => _process.Id;

    /// <summary>Completes when the process has exited and its output is drained.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ServiceProcess Start(ServiceSpec spec, IServiceLog log)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = spec.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in spec.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var service = new ServiceProcess(spec, process);
        process.OutputDataReceived += (_, e) => service.OnLine(e.Data, false, log);
        process.ErrorDataReceived += (_, e) => service.OnLine(e.Data, true, log);
        process.Start();
        service.Exited = process.WaitForExitAsync();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Why the process ended: its exit code and the last lines it wrote.</summary>
    public string DescribeExit()
    {
        var code = _process.ExitCode;
        var how = code > 128 && code < 160 ? $"exited with code {code} (signal {code - 128})" : $"exited with code {code}";
        lock (_lastLines)
        {
            return _lastLines.Count == 0
                ? $"{Spec.Name} {how}"
                : $"{Spec.Name} {how}; its last output:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", _lastLines);
        }
    }

    /// <summary>Sends SIGTERM (graceful shutdown), waits, then kills the process tree.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
                await (kill?.WaitForExitAsync() ?? Task.CompletedTask);
            }
            await Exited.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the signal.
        }
    }

    public void Dispose() => _process.Dispose();

    private void OnLine(string? line, bool isError, IServiceLog log)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            while (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
        log.Line(Spec.Name, line, isError);
    }
}
