using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Demo;
using Conflict.Cli.Supervision;

namespace Conflict.Cli.Commands;

/// <summary>
/// <c>conflict up [--demo]</c>: runs the whole suite locally as separate processes on SQLite (or, with
/// <c>--postgres</c>, on a PostgreSQL server with <c>--replicas</c> processes per service), shows their logs,
/// optionally loads the Kursk demo and prints its reconciled timeline, and stops everything on Ctrl+C.
/// </summary>
internal sealed class UpCommand(CliContext cli)
{
    private readonly Option<bool> _demo = new("--demo") { Description = "Load the bundled Kursk demo and print the reconciled timeline of area_controlled/ua/RU-KRS." };
    private readonly Option<string> _dataDir = new("--data-dir") { Description = "Directory of the SQLite files.", DefaultValueFactory = _ => "data" };
    private readonly Option<int> _sourcesPort = Port("sources", ServiceAddresses.SourcesPort);
    private readonly Option<int> _claimsPort = Port("claims", ServiceAddresses.ClaimsPort);
    private readonly Option<int> _reconciliationPort = Port("reconciliation", ServiceAddresses.ReconciliationPort);
    private readonly Option<int> _gatewayPort = Port("gateway", ServiceAddresses.GatewayPort);
    private readonly Option<string?> _servicesDir = new("--services-dir") { Description = "Where the built service assemblies are (default: the repository's build output)." };
    private readonly Option<string?> _demoDir = new("--demo-dir") { Description = "The demo data (default: demo/ in the repository)." };
    private readonly Option<bool> _tls = new("--tls") { Description = "Serve every service over TLS with certificates of a local CA made under the data directory (tls/ca.pem)." };
    private readonly Option<bool> _noLogs = new("--no-logs") { Description = "Do not show the services' own output." };
    private readonly Option<string?> _postgres = new("--postgres")
    {
        Description = "Store the data on this PostgreSQL server instead of SQLite files: a connection string (Host=...;Username=...) "
            + "or a postgres://user:password@host:port URL. Creates one database per service (conflict_sources, conflict_claims, "
            + "conflict_reconciliation) when missing.",
    };
    private readonly Option<int> _replicas = new("--replicas")
    {
        Description = "Processes per service (needs --postgres). Replica k listens on the service's port + 100*k; the gateway spreads its calls over all.",
        DefaultValueFactory = _ => 1,
    };
    private readonly Option<int> _timeout = new("--startup-timeout") { Description = "Seconds to wait for the services to become healthy.", DefaultValueFactory = _ => 90 };

    public Command Build()
    {
        var command = new Command("up", HelpText.With(
            "Start the Sources, Claims and Reconciliation services and the gateway as local processes, wait until they are healthy "
            + "and show their logs. Ctrl+C stops them all; if one dies, the others are stopped and the reason is shown.",
            "dotnet run --project clients/Conflict.Cli -- up --demo",
            "conflict up --data-dir /tmp/conflict --gateway-port 8080",
            "conflict up --tls --data-dir /tmp/conflict",
            "conflict up --postgres postgres://conflict@127.0.0.1:5432 --replicas 2 --demo",
            "conflict up --services-dir ./publish --no-logs"))
        {
            _demo, _dataDir, _sourcesPort, _claimsPort, _reconciliationPort, _gatewayPort, _servicesDir, _demoDir, _tls, _postgres, _replicas, _noLogs, _timeout,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private static Option<int> Port(string service, int port) =>
        new($"--{service}-port") { Description = $"Port of the {service} service.", DefaultValueFactory = _ => port };

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var ports = new SuitePorts(parse.GetValue(_sourcesPort), parse.GetValue(_claimsPort), parse.GetValue(_reconciliationPort), parse.GetValue(_gatewayPort));
        var servicesDir = parse.GetValue(_servicesDir);
        var demoDir = parse.GetValue(_demo) ? DemoLoader.Locate(parse.GetValue(_demoDir)) : null;
        var dataDir = Directory.CreateDirectory(parse.GetValue(_dataDir)!).FullName;
        var tls = parse.GetValue(_tls);
        var storage = SuiteStorage.From(parse.GetValue(_postgres), parse.GetValue(_replicas));
        if (tls && storage.Replicas > 1)
        {
            // Services balance over replicas only in cleartext (ConflictClientExtensions); with TLS, a load balancer does.
            throw CliException.Usage("--tls with --replicas: the services reach several replicas over TLS only through a load balancer; use one of the two.");
        }
        var specs = SuiteSpecs.Build(ports, dataDir, project => RepositoryLayout.FindServiceAssembly(project, servicesDir)
            ?? throw new CliException($"cannot find the built {project}.dll; build with `dotnet build clients/Conflict.Cli` or pass --services-dir."), tls, storage);
        var addresses = ServiceAddresses.Local(ports.Sources, ports.Claims, ports.Reconciliation, ports.Gateway, tls);
        var suite = new LocalSuite(dataDir, addresses.All);
        suite.EnsureSecrets();
        if (tls)
        {
            LocalCertificates.Ensure(dataDir);
        }
        var log = new ConsoleServiceLog(cli.Console, cli.Err, !parse.GetValue(_noLogs));
        log.Status($"data directory {dataDir}");
        if (storage.Postgres is not null)
        {
            await storage.EnsureDatabasesAsync(SuiteSpecs.Services.Select(s => s.Database).OfType<string>(), ct);
            log.Status($"data on PostgreSQL ({new Npgsql.NpgsqlConnectionStringBuilder(storage.Postgres) { Password = null }}), {storage.Replicas} replica(s) per service");
        }
        log.Status($"admin token in {suite.AdminTokenFile} (commands run here use it for this suite; `conflict tokens create` issues others)");
        if (tls)
        {
            log.Status($"TLS with certificates of the local CA {LocalCertificates.CaFile(dataDir)}");
        }
        var security = CallerSecurity.ForSuite(suite);
        using var probes = new HealthProbes(address => cli.ChannelFactory(address, security.For(address)), suite.CaFile);
        var supervisor = new Supervisor(log, probes.IsHealthyAsync) { StartupTimeout = TimeSpan.FromSeconds(parse.GetValue(_timeout)) };
        PortCheck.EnsureFree(specs); // before recording: an `up` that cannot start must not replace the running suite's record
        suite.Record(cli.Environment);
        try
        {
            return await supervisor.RunAsync(specs, readyCt => new UpReadyStep(cli, log, addresses, security, demoDir).RunAsync(readyCt), ct);
        }
        finally
        {
            suite.Forget(cli.Environment);
        }
    }
}
