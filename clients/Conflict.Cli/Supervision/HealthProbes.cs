using Conflict.Cli.Cli;
using Conflict.Client.Auth;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Conflict.Cli.Supervision;

/// <summary>
/// Health checks of the suite: grpc.health.v1 Check for the gRPC services; for the HTTP gateway, any answer
/// below 500 from /healthz means it is up.
/// </summary>
internal sealed class HealthProbes(Func<string, GrpcChannel> channelFactory, string? caFile = null) : IDisposable
{
    private readonly HttpClient _http = new(caFile is null ? new SocketsHttpHandler() : ClientSecurity.TrustingHandler(caFile)) { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    public async Task<bool> IsHealthyAsync(ServiceSpec spec, CancellationToken ct)
    {
        if (spec.Name == "gateway")
        {
            using var response = await _http.GetAsync(spec.Url + "/healthz", ct);
            return (int)response.StatusCode < 500;
        }
        GrpcChannel channel;
        lock (_channels)
        {
            if (!_channels.TryGetValue(spec.Url, out channel!))
            {
                channel = channelFactory(spec.Url);
                _channels[spec.Url] = channel;
            }
        }
        var options = ct.Call().WithDeadline(DateTime.UtcNow + TimeSpan.FromSeconds(2));
        var reply = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), options);
        return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving;
    }

    public void Dispose()
    {
        _http.Dispose();
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
