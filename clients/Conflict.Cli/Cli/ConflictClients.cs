using Conflict.Claims.V1;
using Conflict.Grpc;
using Conflict.Reconciliation.V1;
using Conflict.Sources.V1;

namespace Conflict.Cli.Cli;

/// <summary>
/// Typed clients of the three services, each channel made on first use and closed on dispose. Tests may pass
/// an invoker factory to answer calls without a transport.
/// </summary>
internal sealed class ConflictClients(ServiceAddresses addresses, Func<string, GrpcChannel> channelFactory, Func<string, CallInvoker>? invokerFactory = null) : IDisposable
{
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private SourcesServiceClient? _sources;
    private ClaimsServiceClient? _claims;
    private ReconciliationServiceClient? _reconciliation;

    public ServiceAddresses Addresses { get; } = addresses;

    public SourcesServiceClient Sources => _sources ??= new SourcesServiceClient(Invoker(Addresses.Sources));

    public ClaimsServiceClient Claims => _claims ??= new ClaimsServiceClient(Invoker(Addresses.Claims));

    public ReconciliationServiceClient Reconciliation => _reconciliation ??= new ReconciliationServiceClient(Invoker(Addresses.Reconciliation));

    /// <summary>The standard health client of the service at <paramref name="address"/>.</summary>
    public global::Grpc.Health.V1.HealthClient Health(string address) => new(Invoker(address));

    public CallInvoker Invoker(string address) => invokerFactory?.Invoke(address) ?? Channel(address).CreateCallInvoker();

    public GrpcChannel Channel(string address)
    {
        if (!_channels.TryGetValue(address, out var channel))
        {
            channel = channelFactory(address);
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
