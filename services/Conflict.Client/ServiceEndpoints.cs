using System.Globalization;

namespace Conflict.Client;

/// <summary>
/// The one way every part of Conflict names where a service listens: the configuration key
/// <c>Services:{Name}</c> (environment <c>Services__{Name}</c>), else the local port that <c>conflict up</c> uses.
/// </summary>
public static class ServiceEndpoints
{
    /// <summary>The configuration section holding the addresses.</summary>
    public const string Section = "Services";

    // The ports each service listens on locally (conflict up); constants so that command-line defaults can name them.
    public const int GatewayPort = 5100;
    public const int SourcesPort = 5101;
    public const int ClaimsPort = 5102;
    public const int ReconciliationPort = 5103;

    /// <summary>The port a service listens on locally (<c>conflict up</c>).</summary>
    public static int LocalPort(ConflictService service) => service switch
    {
        ConflictService.Gateway => GatewayPort,
        ConflictService.Sources => SourcesPort,
        ConflictService.Claims => ClaimsPort,
        ConflictService.Reconciliation => ReconciliationPort,
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    /// <summary><c>Services:Claims</c> and so on.</summary>
    public static string ConfigurationKey(ConflictService service) => $"{Section}:{service}";

    /// <summary>The local address of a service, on 127.0.0.1 (not localhost: no IPv6 attempt first).</summary>
    public static string LocalAddress(ConflictService service) => LocalAddress(LocalPort(service));

    public static string LocalAddress(int port) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

    /// <summary>The configured address of a service, or its local one; <paramref name="lookup"/> reads a configuration key.</summary>
    public static string Address(Func<string, string?> lookup, ConflictService service)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var configured = lookup(ConfigurationKey(service));
        return string.IsNullOrWhiteSpace(configured) ? LocalAddress(service) : configured.Trim().TrimEnd('/');
    }
}
