using Conflict.Client.Auth;
using Google.Protobuf.Reflection;
using Grpc.Net.Client;
using Grpc.Net.Client.Configuration;

namespace Conflict.Client;

/// <summary>
/// The channel settings every Conflict client uses: a retry policy (gRPC service config) for the RPCs that are safe
/// to repeat, and the message size limits. Services get them through <c>AddConflictClient</c>; the CLI and the
/// gateway through <see cref="CreateChannel"/>.
/// </summary>
public static class ChannelDefaults
{
    /// <summary>The deadline of a unary call that sets none (<see cref="DeadlineInterceptor"/>).</summary>
    public static readonly TimeSpan UnaryDeadline = TimeSpan.FromSeconds(30);

    /// <summary>Largest message a client accepts: a page of claims with quotes stays well below.</summary>
    public const int MaxReceiveMessageSize = 16 * 1024 * 1024;

    private static readonly string[] IdempotentPrefixes = ["Get", "List", "Resolve", "BatchResolve", "Explain", "Extract", "Check"];

    /// <summary>Applies the defaults to channel options (the service config is replaced).</summary>
    public static GrpcChannelOptions Apply(GrpcChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaxReceiveMessageSize = MaxReceiveMessageSize;
        options.ServiceConfig = ServiceConfig;
        // A peer that restarts is reached again within a couple of seconds, not after gRPC's default reconnect
        // backoff of up to two minutes: between Conflict's services, a refused connection means a restart.
        options.InitialReconnectBackoff = TimeSpan.FromMilliseconds(100);
        options.MaxReconnectBackoff = TimeSpan.FromSeconds(2);
        return options;
    }

    /// <summary>New channel options with the defaults.</summary>
    public static GrpcChannelOptions NewOptions() => Apply(new GrpcChannelOptions());

    /// <summary>
    /// A channel to <paramref name="address"/> (one replica, or several separated by commas: <see cref="ReplicaBalancing"/>) with the defaults and <paramref name="security"/> (token, trusted CA);
    /// <paramref name="handler"/> replaces the HTTP handler (tests).
    /// </summary>
    public static GrpcChannel CreateChannel(string address, HttpMessageHandler? handler = null, ClientSecurity? security = null)
    {
        var options = NewOptions();
        options.HttpHandler = handler;
        var first = ReplicaBalancing.IsList(address) ? ReplicaBalancing.Parse(address)[0] : new Uri(address);
        (security ?? ClientSecurity.None).Apply(options, first);
        return ReplicaBalancing.IsList(address)
            ? GrpcChannel.ForAddress(ReplicaBalancing.Apply(options, address), options)
            : GrpcChannel.ForAddress(address, options);
    }

    /// <summary>
    /// Reads (Get, List, Resolve, Explain, Extract, health Check) are retried on UNAVAILABLE with exponential backoff:
    /// a service restarting or a connection reset costs the caller a short wait, not an error. Writes are not
    /// retried here: a write whose answer was lost may have been applied (imports carry request ids instead).
    /// </summary>
    public static ServiceConfig ServiceConfig { get; } = BuildServiceConfig();

    private static ServiceConfig BuildServiceConfig()
    {
        var retried = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 4,
                InitialBackoff = TimeSpan.FromMilliseconds(200),
                MaxBackoff = TimeSpan.FromSeconds(2),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
            },
        };
        foreach (var name in IdempotentMethods())
        {
            retried.Names.Add(name);
        }
        var config = new ServiceConfig();
        config.MethodConfigs.Add(retried);
        return config;
    }

    /// <summary>The unary reads of every Conflict service and of grpc.health.v1, taken from the contracts.</summary>
    internal static IEnumerable<MethodName> IdempotentMethods()
    {
        ServiceDescriptor[] services =
        [
            Conflict.Sources.V1.SourcesService.Descriptor,
            Conflict.Claims.V1.ClaimsService.Descriptor,
            Conflict.Reconciliation.V1.ReconciliationService.Descriptor,
        ];
        foreach (var method in services.SelectMany(s => s.Methods))
        {
            if (!method.IsClientStreaming && !method.IsServerStreaming && IdempotentPrefixes.Any(p => method.Name.StartsWith(p, StringComparison.Ordinal)))
            {
                yield return new MethodName { Service = method.Service.FullName, Method = method.Name };
            }
        }
        yield return new MethodName { Service = "grpc.health.v1.Health", Method = "Check" };
    }
}
