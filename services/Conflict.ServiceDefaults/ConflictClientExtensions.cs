using Conflict.Client;
using Conflict.Client.Auth;
using Conflict.ServiceDefaults.Auth;
using Conflict.ServiceDefaults.Health;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Conflict.ServiceDefaults;

/// <summary>Clients of the other Conflict services, through Grpc.Net.ClientFactory.</summary>
public static class ConflictClientExtensions
{
    /// <summary>A PEM file of the CA that signs the other services' certificates, when it is not a system root.</summary>
    public const string TlsCaFileKey = "Tls:CaFile";

    /// <summary>
    /// Registers a typed client of <paramref name="service"/> at its configured address (<c>Services:{Name}</c>, else
    /// the local port; several http replicas separated by commas are balanced round-robin): the suite's channel defaults (retry policy for reads), a deadline on every unary call, and,
    /// inside a server call, its deadline and cancellation passed on to the outgoing call.
    /// </summary>
    public static IHttpClientBuilder AddConflictClient<TClient>(this IHostApplicationBuilder builder, ConflictService service, string? name = null)
        where TClient : ClientBase
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = ServiceEndpoints.Address(key => builder.Configuration[key], service);
        var replicas = ReplicaBalancing.IsList(configured) ? configured : null;
        if (replicas is not null && ReplicaBalancing.Parse(replicas)[0].Scheme == Uri.UriSchemeHttps)
        {
            // The client factory picks TLS from the address's scheme, and a list's target (static:///) has none.
            throw new InvalidOperationException($"{ServiceEndpoints.ConfigurationKey(service)} lists several https replicas; "
                + "between services, name one address (a load balancer) for TLS, or list http replicas.");
        }
        var address = replicas is null ? new Uri(configured) : new Uri("static:///" + service.ToString().ToLowerInvariant());
        var clients = builder.Services;
        var caFile = builder.Configuration[TlsCaFileKey];
        var client = name is null ? clients.AddGrpcClient<TClient>(o => o.Address = address) : clients.AddGrpcClient<TClient>(name, o => o.Address = address);
        return client
            .ConfigureChannel(o =>
            {
                ChannelDefaults.Apply(o);
                if (replicas is not null)
                {
                    ReplicaBalancing.Apply(o, replicas);
                }
                // The service's own token travels in cleartext only where the suite runs without TLS (one machine).
                o.UnsafeUseInsecureChannelCallCredentials = true;
            })
            .AddCallCredentials((_, metadata, sp) =>
            {
                if (sp.GetRequiredService<ServiceIdentity>().Token() is { } token)
                {
                    metadata.Add("authorization", "Bearer " + token);
                }
                return Task.CompletedTask;
            })
            .AddInterceptor(() => new DeadlineInterceptor(ChannelDefaults.UnaryDeadline))
            .ConfigurePrimaryHttpMessageHandler(() => caFile is null ? new SocketsHttpHandler { EnableMultipleHttp2Connections = true } : ClientSecurity.TrustingHandler(caFile))
            .EnableCallContextPropagation(o => o.SuppressContextNotFoundErrors = true);
    }

    /// <summary>Makes this service ready only while <paramref name="upstream"/> answers its health check SERVING.</summary>
    public static IHostApplicationBuilder AddUpstreamReadiness(this IHostApplicationBuilder builder, ConflictService upstream)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = "health-" + upstream.ToString().ToLowerInvariant();
        builder.AddConflictClient<Grpc.Health.V1.Health.HealthClient>(upstream, name);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(upstream.ToString().ToLowerInvariant(),
            sp => new UpstreamHealthCheck(upstream, sp.GetRequiredService<GrpcClientFactory>().CreateClient<Grpc.Health.V1.Health.HealthClient>(name)),
            HealthStatus.Unhealthy, [HealthExtensions.Ready]));
        return builder;
    }
}
