using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Client;

/// <summary>
/// Several replicas of a service named as one address: <c>Services:Claims=http://10.0.0.1:8080,http://10.0.0.2:8080</c>.
/// Calls are spread round-robin over the replicas by gRPC's own client-side load balancing (a static resolver and
/// the round_robin policy of Grpc.Net.Client), and a replica that stops answering is left out until it is back. A
/// single address is used as it is, so a deployment behind its own HTTP/2 load balancer changes nothing.
/// </summary>
public static class ReplicaBalancing
{
    /// <summary>True when <paramref name="address"/> lists more than one replica.</summary>
    public static bool IsList(string address) => address.Contains(',', StringComparison.Ordinal);

    /// <summary>The replicas of a comma-separated list; they must share one scheme (all http or all https).</summary>
    public static IReadOnlyList<Uri> Parse(string addresses)
    {
        var replicas = addresses.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => new Uri(a)).ToList();
        if (replicas.Select(r => r.Scheme).Distinct().Count() > 1)
        {
            throw new ArgumentException($"the replicas of '{addresses}' mix http and https", nameof(addresses));
        }
        return replicas;
    }

    /// <summary>
    /// Points <paramref name="options"/> at every replica of <paramref name="addresses"/>; returns the channel target
    /// to create the channel with. The options keep every other setting (retries, limits, credentials).
    /// </summary>
    public static Uri Apply(GrpcChannelOptions options, string addresses)
    {
        ArgumentNullException.ThrowIfNull(options);
        var replicas = Parse(addresses);
        var services = new ServiceCollection();
        services.AddSingleton<ResolverFactory>(new StaticResolverFactory(_ => replicas.Select(r => new BalancerAddress(r.Host, r.Port))));
        options.ServiceProvider = services.BuildServiceProvider();
        var config = new ServiceConfig();
        foreach (var method in (options.ServiceConfig ?? ChannelDefaults.ServiceConfig).MethodConfigs)
        {
            config.MethodConfigs.Add(method);
        }
        config.LoadBalancingConfigs.Add(new RoundRobinConfig());
        options.ServiceConfig = config;
        // A static:// target carries no scheme of its own: the replicas' one decides between TLS and cleartext.
        options.Credentials ??= replicas[0].Scheme == Uri.UriSchemeHttps ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
        return new Uri("static:///" + replicas[0].Host);
    }
}
