using System.Diagnostics;
using Conflict.Cli.Supervision;
using Conflict.Client;
using Conflict.Client.Auth;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Conflict.Bench.Crash;

/// <summary>Where a suite keeps its data: SQLite files in a directory, or one fresh PostgreSQL database per service.</summary>
internal sealed record SuiteStorage(string Directory, string? PostgresServer)
{
    public IEnumerable<string> Arguments(ConflictService service, string database)
    {
        if (PostgresServer is null)
        {
            yield return $"--ConnectionStrings:{service}=Data Source={Path.Combine(Directory, service.ToString().ToLowerInvariant() + ".db")}";
            yield break;
        }
        yield return "--Storage:Provider=postgres";
        yield return $"--ConnectionStrings:{service}={PostgresServer};Database={database}";
    }
}

/// <summary>
/// The three services as separate processes (the built assemblies, run as <c>conflict up</c> runs them) on fixed
/// free ports, so that one can be killed with SIGKILL and started again on the same port and data while its
/// clients keep their addresses. Each process's output goes to a log file in the data directory.
/// </summary>
internal sealed class ProcessSuite : IAsyncDisposable
{
    public static readonly ConflictService[] Services = [ConflictService.Sources, ConflictService.Claims, ConflictService.Reconciliation];
    private readonly Dictionary<ConflictService, int> _ports = Services.ToDictionary(s => s, _ => PortCheck.FindFree());
    private readonly Dictionary<ConflictService, Process> _processes = [];
    private readonly Dictionary<ConflictService, GrpcChannel> _channels = [];
    private readonly SuiteStorage _storage;
    private readonly string _databasePrefix;
    private readonly IReadOnlyList<string> _settings;

    /// <param name="settings">More command-line settings for every service (<c>--Limits:WriteBurst=...</c>).</param>
    public ProcessSuite(SuiteStorage storage, string databasePrefix, string role = ConflictRoles.Writer, IReadOnlyList<string>? settings = null)
    {
        _storage = storage;
        _databasePrefix = databasePrefix;
        _settings = settings ?? [];
        SigningKey = ConflictTokens.NewSigningKey();
        Token = ConflictTokens.Create(SigningKey, "bench-" + role, role);
        Security = ClientSecurity.WithToken(Token);
    }

    public string Token { get; }

    public bool HasExited(ConflictService service) => _processes.TryGetValue(service, out var process) && process.HasExited;

    /// <summary>Forgets a process that exited by itself, so that <see cref="RestartAsync"/> can start it again.</summary>
    public void Forget(ConflictService service)
    {
        _processes[service].Dispose();
        _processes.Remove(service);
    }

    public string SigningKey { get; }

    public ClientSecurity Security { get; }

    public string Address(ConflictService service) => ServiceEndpoints.LocalAddress(_ports[service]);

    public GrpcChannel Channel(ConflictService service)
    {
        if (!_channels.TryGetValue(service, out var channel))
        {
            channel = ChannelDefaults.CreateChannel(Address(service), security: Security);
            _channels[service] = channel;
        }
        return channel;
    }

    public async Task StartAllAsync(CancellationToken ct)
    {
        foreach (var service in Services)
        {
            Start(service);
        }
        foreach (var service in Services)
        {
            await WaitServingAsync(service, ct);
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, as when the machine kills an out-of-memory process.</summary>
    public void Kill(ConflictService service)
    {
        var process = _processes[service];
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        _processes.Remove(service);
    }

    public async Task RestartAsync(ConflictService service, CancellationToken ct)
    {
        Start(service);
        await WaitServingAsync(service, ct);
    }

    private void Start(ConflictService service)
    {
        var project = "Conflict." + service;
        var dll = RepositoryLayout.FindServiceAssembly(project, servicesDir: null) ?? throw new InvalidOperationException($"{project}.dll is not built");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll) };
        var arguments = new List<string>
        {
            dll, "--urls", Address(service),
            "--Kestrel:EndpointDefaults:Protocols=Http2",
            "--Logging:LogLevel:Default=Warning",
            "--Auth:SigningKey=" + SigningKey,
        };
        arguments.AddRange(Services.Where(s => s != service).Select(s => $"--Services:{s}={Address(s)}"));
        arguments.AddRange(_storage.Arguments(service, _databasePrefix + "_" + service.ToString().ToLowerInvariant()));
        arguments.AddRange(_settings);
        arguments.ForEach(info.ArgumentList.Add);
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + dll);
        var log = new StreamWriter(Path.Combine(_storage.Directory, service.ToString().ToLowerInvariant() + ".log"), append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[service] = process;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // the process exited and its log was closed
            }
        }
    }

    /// <summary>Until the service's health says SERVING: its database migrated, its upstreams and feeds connected.</summary>
    private async Task WaitServingAsync(ConflictService service, CancellationToken ct)
    {
        var health = new Health.HealthClient(Channel(service));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            if (_processes[service].HasExited)
            {
                throw new InvalidOperationException($"{service} exited with {_processes[service].ExitCode}; see {_storage.Directory}");
            }
            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2), cancellationToken: ct);
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (global::Grpc.Core.RpcException) when (DateTime.UtcNow < deadline)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{service} did not get ready in 90 s; see {_storage.Directory}");
            }
            await Task.Delay(100, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
        foreach (var process in _processes.Values)
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
        }
        _processes.Clear();
    }
}
