using Conflict.Client;
using Conflict.Client.Auth;
using Conflict.ServiceDefaults;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.Options;

namespace Conflict.Gateway.Backends;

/// <summary>
/// One channel per service, created once. A channel holds no broken state: each call opens or reuses
/// an HTTP/2 connection, so calls succeed again as soon as a stopped service is back.
/// </summary>
internal sealed class BackendChannels : IDisposable
{
    private readonly Dictionary<Backend, GrpcChannel> _channels;
    private readonly Dictionary<Backend, CallInvoker> _invokers;

    public BackendChannels(IOptions<BackendOptions> options, IConfiguration configuration)
    {
        Options = options.Value;
        var security = new ClientSecurity { CaCertificateFile = configuration[ConflictClientExtensions.TlsCaFileKey] };
        _channels = Enum.GetValues<Backend>().ToDictionary(b => b, b => ChannelDefaults.CreateChannel(Options.AddressOf(b), security: security));
        _invokers = _channels.ToDictionary(p => p.Key, p => p.Value.Intercept(new DeadlineInterceptor(Options.CallTimeout)));
    }

    public BackendOptions Options { get; }

    public CallInvoker Invoker(Backend backend) => _invokers[backend];

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
