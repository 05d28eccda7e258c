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
    /// <summary>Fresh databases <c>{prefix}_sources</c>, <c>_claims</c> and <c>_reconciliation</c> on the server (dropped first if there).</summary>
    public static async Task CreateDatabasesAsync(string server, string prefix)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server + ";Database=postgres");
        await connection.OpenAsync();
        foreach (var service in ProcessSuite.Services)
        {
            var name = prefix + "_" + service.ToString().ToLowerInvariant();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

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
/// clients keep their addresses. Each process's output goes to a log file in the data directory. With several
/// replicas per service (PostgreSQL), every replica is given every replica of the services it calls.
/// </summary>
internal sealed class ProcessSuite : IAsyncDisposable
{
    public static readonly ConflictService[] Services = [ConflictService.Sources, ConflictService.Claims, ConflictService.Reconciliation];
    private readonly Dictionary<(ConflictService, int), int> _ports = [];
    private readonly Dictionary<(ConflictService, int), Process> _processes = [];
    private readonly Dictionary<(ConflictService, int), GrpcChannel> _channels = [];
    private readonly SuiteStorage _storage;
    private readonly string _databasePrefix;
    private readonly IReadOnlyList<string> _settings;

    /// <param name="settings">More command-line settings for every service (<c>--Limits:WriteBurst=...</c>).</param>
    public ProcessSuite(SuiteStorage storage, string databasePrefix, string role = ConflictRoles.Writer, IReadOnlyList<string>? settings = null, int replicas = 1)
    {
        Replicas = replicas;
        foreach (var service in Services)
        {
            for (var i = 0; i < replicas; i++)
            {
                _ports[(service, i)] = PortCheck.FindFree();
            }
        }
        _storage = storage;
        _databasePrefix = databasePrefix;
        _settings = settings ?? [];
        SigningKey = ConflictTokens.NewSigningKey();
        Token = ConflictTokens.Create(SigningKey, "bench-" + role, role);
        Security = ClientSecurity.WithToken(Token);
    }

    public string Token { get; }

    /// <summary>Processes per service.</summary>
    public int Replicas { get; }

    public bool HasExited(ConflictService service) => _processes.TryGetValue((service, 0), out var process) && process.HasExited;

    /// <summary>Forgets a process that exited by itself, so that <see cref="RestartAsync"/> can start it again.</summary>
    public void Forget(ConflictService service)
    {
        _processes[(service, 0)].Dispose();
        _processes.Remove((service, 0));
    }

    public string SigningKey { get; }

    public ClientSecurity Security { get; }

    public string Address(ConflictService service, int replica = 0) => ServiceEndpoints.LocalAddress(_ports[(service, replica)]);

    public GrpcChannel Channel(ConflictService service, int replica = 0)
    {
        if (!_channels.TryGetValue((service, replica), out var channel))
        {
            channel = ChannelDefaults.CreateChannel(Address(service, replica), security: Security);
            _channels[(service, replica)] = channel;
        }
        return channel;
    }

    public async Task StartAllAsync(CancellationToken ct)
    {
        foreach (var service in Services)
        {
            for (var i = 0; i < Replicas; i++)
            {
                Start(service, i);
            }
        }
        foreach (var service in Services)
        {
            for (var i = 0; i < Replicas; i++)
            {
                await WaitServingAsync(service, i, ct);
            }
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, as when the machine kills an out-of-memory process.</summary>
    public void Kill(ConflictService service, int replica = 0)
    {
        var process = _processes[(service, replica)];
        process.Kill();
        process.WaitForExit();
        process.Dispose();
        _processes.Remove((service, replica));
    }

    public async Task RestartAsync(ConflictService service, CancellationToken ct)
    {
        Start(service, 0);
        await WaitServingAsync(service, 0, ct);
    }

    /// <summary>CPU seconds used so far by every running replica of <paramref name="service"/>.</summary>
    public double CpuSeconds(ConflictService service) =>
        _processes.Where(p => p.Key.Item1 == service && !p.Value.HasExited).Sum(p => p.Value.TotalProcessorTime.TotalSeconds);

    /// <summary>The replica id a process is started with (<c>Replica:Id</c>), as it appears in the lease table.</summary>
    public static string ReplicaId(ConflictService service, int replica) => $"{service.ToString().ToLowerInvariant()}-{replica}";

    private void Start(ConflictService service, int replica)
    {
        var project = "Conflict." + service;
        var dll = RepositoryLayout.FindServiceAssembly(project, servicesDir: null) ?? throw new InvalidOperationException($"{project}.dll is not built");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll) };
        var arguments = new List<string>
        {
            dll, "--urls", Address(service, replica),
            "--Kestrel:EndpointDefaults:Protocols=Http2",
            "--Logging:LogLevel:Default=Warning",
            "--Auth:SigningKey=" + SigningKey,
        };
        // Every replica knows every replica of the services it calls (client-side balancing): one of them dying
        // does not cut its callers off.
        arguments.AddRange(Services.Where(s => s != service).Select(s => $"--Services:{s}={string.Join(",", Enumerable.Range(0, Replicas).Select(k => Address(s, k)))}"));
        arguments.Add("--Replica:Id=" + ReplicaId(service, replica));
        arguments.AddRange(_storage.Arguments(service, _databasePrefix + "_" + service.ToString().ToLowerInvariant()));
        arguments.AddRange(_settings);
        arguments.ForEach(info.ArgumentList.Add);
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + dll);
        var name = Replicas == 1 ? service.ToString().ToLowerInvariant() : ReplicaId(service, replica);
        var log = new StreamWriter(Path.Combine(_storage.Directory, name + ".log"), append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[(service, replica)] = process;
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
    private async Task WaitServingAsync(ConflictService service, int replica, CancellationToken ct)
    {
        var health = new Health.HealthClient(Channel(service, replica));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            if (_processes[(service, replica)].HasExited)
            {
                throw new InvalidOperationException($"{service} exited with {_processes[(service, replica)].ExitCode}; see {_storage.Directory}");
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
