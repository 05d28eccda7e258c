using Conflict.Cli.Cli;

namespace Conflict.Cli.Supervision;

/// <summary>
/// The command lines of the Sources, Claims and Reconciliation services and the gateway: each on its own port,
/// each with its data (SQLite file under the data directory, or its PostgreSQL database), each told where the others
/// are, all sharing the suite's signing key and, with TLS, serving the local certificate and trusting the local CA.
/// With several replicas, replica k of a service listens on its port + 100·k, and every process is given every
/// replica of the services it calls (a comma-separated address, balanced round-robin).
/// </summary>
internal static class SuiteSpecs
{
    public static readonly (string Name, string Project, string? Database)[] Services =
    [
        ("sources", "Conflict.Sources", "Sources"),
        ("claims", "Conflict.Claims", "Claims"),
        ("reconciliation", "Conflict.Reconciliation", "Reconciliation"),
        ("gateway", "Conflict.Gateway", null),
    ];

    public static IReadOnlyList<ServiceSpec> Build(SuitePorts ports, string dataDirectory, Func<string, string> locateAssembly, bool tls = false, SuiteStorage? storage = null)
    {
        storage ??= SuiteStorage.Sqlite;
        var data = Path.GetFullPath(dataDirectory);
        var specs = new List<ServiceSpec>();
        foreach (var (name, project, database) in Services)
        {
            var assembly = locateAssembly(project);
            var replicas = database is null ? 1 : storage.Replicas;
            for (var replica = 0; replica < replicas; replica++)
            {
                var port = PortOf(name, ports) + SuiteStorage.ReplicaPortStep * replica;
                var url = ServiceAddresses.LocalUrl(port, tls);
                string Upstream(string service) =>
                    string.Join(",", Enumerable.Range(0, storage.Replicas).Select(k => ServiceAddresses.LocalUrl(PortOf(service, ports) + SuiteStorage.ReplicaPortStep * k, tls)));
                var arguments = new List<string>
                {
                    assembly,
                    "--urls", url,
                    "--Services:Sources=" + Upstream("sources"),
                    "--Services:Claims=" + Upstream("claims"),
                    "--Services:Reconciliation=" + Upstream("reconciliation"),
                    "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
                    "--Auth:SigningKeyFile=" + Path.Combine(data, LocalSuite.KeyFileName),
                };
                if (tls)
                {
                    arguments.Add("--Kestrel:Certificates:Default:Path=" + LocalCertificates.ServerCertificateFile(data));
                    arguments.Add("--Kestrel:Certificates:Default:KeyPath=" + LocalCertificates.ServerKeyFile(data));
                    arguments.Add("--Tls:CaFile=" + LocalCertificates.CaFile(data));
                }
                if (database is not null)
                {
                    arguments.AddRange(storage.Arguments(database, data));
                    // gRPC over cleartext needs HTTP/2 only: Kestrel cannot negotiate h2c next to HTTP/1.1 (over TLS,
                    // ALPN negotiates h2 either way).
                    arguments.Add("--Kestrel:EndpointDefaults:Protocols=Http2");
                }
                var processName = replicas == 1 ? name : $"{name}-{replica + 1}";
                if (replicas > 1)
                {
                    arguments.Add("--Replica:Id=" + processName);
                }
                specs.Add(new ServiceSpec(processName, "dotnet", arguments, port, url, Path.GetDirectoryName(assembly),
                    new Dictionary<string, string> { ["DOTNET_NOLOGO"] = "1" }));
            }
        }
        return specs;
    }

    private static int PortOf(string name, SuitePorts ports) => name switch
    {
        "sources" => ports.Sources,
        "claims" => ports.Claims,
        "reconciliation" => ports.Reconciliation,
        _ => ports.Gateway,
    };
}
