using Conflict.Claims.V1;
using Conflict.Client;
using Conflict.Client.Auth;
using Conflict.Reconciliation.V1;
using Conflict.Sources.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace Conflict.Cli.Cli;

/// <summary>
/// Typed clients of the three services, each channel made on first use (with the token and CA <paramref name="security"/>
/// gives for its address) and closed on dispose. Tests may pass
/// an invoker factory to answer calls without a transport.
/// </summary>
internal sealed class ConflictClients(
    ServiceAddresses addresses, CallerSecurity security, Func<string, ClientSecurity, GrpcChannel> channelFactory, Func<string, CallInvoker>? invokerFactory = null) : IDisposable
{
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private SourcesService.SourcesServiceClient? _sources;
    private ClaimsService.ClaimsServiceClient? _claims;
    private ReconciliationService.ReconciliationServiceClient? _reconciliation;

    public ServiceAddresses Addresses { get; } = addresses;

    public SourcesService.SourcesServiceClient Sources => _sources ??= new SourcesService.SourcesServiceClient(Invoker(Addresses.Sources));

    public ClaimsService.ClaimsServiceClient Claims => _claims ??= new ClaimsService.ClaimsServiceClient(Invoker(Addresses.Claims));

    public ReconciliationService.ReconciliationServiceClient Reconciliation => _reconciliation ??= new ReconciliationService.ReconciliationServiceClient(Invoker(Addresses.Reconciliation));

    /// <summary>The standard health client of the service at <paramref name="address"/>.</summary>
    public global::Grpc.Health.V1.Health.HealthClient Health(string address) => new(Invoker(address));

    public CallInvoker Invoker(string address) => invokerFactory?.Invoke(address) ?? Channel(address).Intercept(new DeadlineInterceptor(ChannelDefaults.UnaryDeadline));

    public GrpcChannel Channel(string address)
    {
        if (!_channels.TryGetValue(address, out var channel))
        {
            channel = channelFactory(address, security.For(address));
            _channels[address] = channel;
        }
        return channel;
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
        _channels.Clear();
    }
}
