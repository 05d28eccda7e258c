using Conflict.Client;

namespace Conflict.Cli.Cli;

/// <summary>
/// Where each service listens. Precedence: <c>--server name=url</c>, then the environment variable
/// (CONFLICT_SOURCES, ...), then <c>--server url</c> as the host of every service, then the ports of <c>conflict up</c>.
/// </summary>
internal sealed record ServiceAddresses(string Sources, string Claims, string Reconciliation, string Gateway)
{
    public const int SourcesPort = ServiceEndpoints.SourcesPort;
    public const int ClaimsPort = ServiceEndpoints.ClaimsPort;
    public const int ReconciliationPort = ServiceEndpoints.ReconciliationPort;
    public const int GatewayPort = ServiceEndpoints.GatewayPort;

    public static ServiceAddresses Local(int sources = SourcesPort, int claims = ClaimsPort, int reconciliation = ReconciliationPort, int gateway = GatewayPort, bool tls = false) => new(
        LocalUrl(sources, tls), LocalUrl(claims, tls), LocalUrl(reconciliation, tls), LocalUrl(gateway, tls));

    /// <summary>http://127.0.0.1:port, or https:// for a suite started with <c>--tls</c>.</summary>
    public static string LocalUrl(int port, bool tls = false) =>
        tls ? "https" + ServiceEndpoints.LocalAddress(port)["http".Length..] : ServiceEndpoints.LocalAddress(port);

    public IReadOnlyList<string> All => [Sources, Claims, Reconciliation, Gateway];

    /// <summary>Resolves the addresses from <c>--server</c> values and the environment.</summary>
    public static ServiceAddresses Resolve(IReadOnlyList<string> servers, Func<string, string?> environment)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? host = null;
        foreach (var server in servers)
        {
            var eq = server.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                named[server[..eq].Trim()] = CheckUrl(server[(eq + 1)..].Trim());
            }
            else
            {
                host = CheckUrl(server.Trim());
            }
        }
        foreach (var key in named.Keys.Where(k => !IsServiceName(k)))
        {
            throw CliException.Usage($"--server {key}=...: unknown service '{key}' (use sources, claims, reconciliation or gateway).");
        }
        string Pick(string name, int port) =>
            named.GetValueOrDefault(name)
            ?? NonEmpty(environment("CONFLICT_" + name.ToUpperInvariant()))
            ?? (host is null ? LocalUrl(port) : WithDefaultPort(host, port));
        return new ServiceAddresses(
            Pick("sources", SourcesPort), Pick("claims", ClaimsPort),
            Pick("reconciliation", ReconciliationPort), Pick("gateway", GatewayPort));
    }

    private static bool IsServiceName(string name) =>
        name.ToLowerInvariant() is "sources" or "claims" or "reconciliation" or "gateway";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string CheckUrl(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            throw CliException.Usage($"--server: '{value}' is not an http:// or https:// address.");
        }
        return value.TrimEnd('/');
    }

    private static string WithDefaultPort(string host, int port)
    {
        var uri = new Uri(host);
        return uri.IsDefaultPort && !host.Contains($":{uri.Port}", StringComparison.Ordinal)
            ? new UriBuilder(uri) { Port = port }.Uri.ToString().TrimEnd('/')
            : host;
    }
}
