using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.Testing;

/// <summary>
/// Waits for a service's health, as a deployment does: a service is NOT_SERVING until its readiness checks have run
/// (every 2 s) and found what it depends on, so a test asks "does it become SERVING", not "is it SERVING now".
/// </summary>
public static class HealthWatch
{
    /// <summary>Watches <paramref name="service"/> until it reports <paramref name="wanted"/>; returns the last status seen.</summary>
    public static async Task<ServingStatus> UntilAsync(GrpcChannel channel, ServingStatus wanted, string service = "", TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        using var call = new Health.HealthClient(channel).Watch(new HealthCheckRequest { Service = service }, cancellationToken: timeout.Token);
        var last = ServingStatus.Unknown;
        try
        {
            while (await call.ResponseStream.MoveNext(timeout.Token).ConfigureAwait(false))
            {
                last = call.ResponseStream.Current.Status;
                if (last == wanted)
                {
                    break;
                }
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && timeout.IsCancellationRequested)
        {
            // Not in time: the caller asserts on the last status seen.
        }
        return last;
    }
}
