using Conflict.Cli.Cli;

namespace Conflict.Cli.Supervision;

/// <summary>
/// The command lines of the Sources, Claims and Reconciliation services and the gateway: each on its own port,
/// each with its SQLite file under the data directory, each told where the others are, all sharing the suite's
/// signing key and, with TLS, serving the local certificate and trusting the local CA.
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

    public static IReadOnlyList<ServiceSpec> Build(SuitePorts ports, string dataDirectory, Func<string, string> locateAssembly, bool tls = false)
    {
        var data = Path.GetFullPath(dataDirectory);
        var addresses = ServiceAddresses.Local(ports.Sources, ports.Claims, ports.Reconciliation, ports.Gateway, tls);
        var specs = new List<ServiceSpec>();
        foreach (var (name, project, database) in Services)
        {
            var port = PortOf(name, ports);
            var url = ServiceAddresses.LocalUrl(port, tls);
            var assembly = locateAssembly(project);
            var arguments = new List<string>
            {
                assembly,
                "--urls", url,
                "--Services:Sources=" + addresses.Sources,
                "--Services:Claims=" + addresses.Claims,
                "--Services:Reconciliation=" + addresses.Reconciliation,
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
                arguments.Add($"--ConnectionStrings:{database}=Data Source={Path.Combine(data, database.ToLowerInvariant() + ".db")}");
                // gRPC over cleartext needs HTTP/2 only: Kestrel cannot negotiate h2c next to HTTP/1.1 (over TLS,
                // ALPN negotiates h2 either way).
                arguments.Add("--Kestrel:EndpointDefaults:Protocols=Http2");
            }
            specs.Add(new ServiceSpec(name, "dotnet", arguments, port, url, Path.GetDirectoryName(assembly),
                new Dictionary<string, string> { ["DOTNET_NOLOGO"] = "1" }));
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
