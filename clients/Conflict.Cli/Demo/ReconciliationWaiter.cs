using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Commands.Claims;
using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Cli.Demo;

/// <summary>
/// Waits until the reconciliation has caught up with the claims of a variable and settled: its timeline uses as
/// many claims as the Claims service holds active for it, and no re-learning of the sources is running or due, so
/// the figures printed are the ones the page shows. Reconciliation follows the change feed, so this takes a moment.
/// </summary>
internal sealed class ReconciliationWaiter(ConflictClients clients)
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(300);

    public async Task<(Timeline? Timeline, int Expected, bool CaughtUp)> WaitAsync(string variable, TimeSpan timeout, CancellationToken ct)
    {
        var active = await ClaimPages.ReadAsync(clients.Claims, new ListClaimsRequest { Variable = variable, State = ClaimState.Active }, 0, ct);
        var expected = active.Claims.Count;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        Timeline? latest = null;
        while (true)
        {
            try
            {
                latest = await clients.Reconciliation.GetTimelineAsync(new GetTimelineRequest { Variable = variable }, ct.Call());
                if (latest.Evidence.Count >= expected && latest.Settled)
                {
                    return (latest, expected, true);
                }
            }
            catch (RpcException error) when (error.StatusCode is StatusCode.NotFound or StatusCode.Unavailable)
            {
                // No claim has reached the projection yet.
            }
            try
            {
                await Task.Delay(Interval, deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return (latest, expected, false);
            }
        }
    }
}
