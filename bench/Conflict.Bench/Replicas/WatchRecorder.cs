using Conflict.Reconciliation.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Conflict.Bench.Replicas;

/// <summary>Follows one variable's WatchTimeline in the background and records every timeline it receives.</summary>
internal sealed class WatchRecorder : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Timeline> _received = [];
    private readonly Task _reading;

    public WatchRecorder(GrpcChannel channel, string variable)
    {
        var client = new ReconciliationService.ReconciliationServiceClient(channel);
        _reading = ReadAsync(client, variable);
    }

    /// <summary>Revisions strictly increasing, and the last one received is <paramref name="stored"/>, figure for figure.</summary>
    public async Task<(bool Ok, string Detail)> CheckAsync(Timeline stored)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && Last()?.Revision != stored.Revision)
        {
            await Task.Delay(100);
        }
        List<Timeline> received;
        lock (_received)
        {
            received = [.. _received];
        }
        var increasing = received.Zip(received.Skip(1)).All(p => p.Second.Revision > p.First.Revision);
        var last = received.LastOrDefault();
        var same = last is not null && last.Revision == stored.Revision && last.Points.Equals(stored.Points);
        var failure = _reading.IsFaulted ? $", stream failed: {_reading.Exception?.GetBaseException().Message}" : "";
        return (increasing && same && received.Count > 1,
            $"{received.Count} timelines received, revisions {string.Join(",", received.Select(t => t.Revision))}{failure}");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private Timeline? Last()
    {
        lock (_received)
        {
            return _received.LastOrDefault();
        }
    }

    private async Task ReadAsync(ReconciliationService.ReconciliationServiceClient client, string variable)
    {
        try
        {
            using var call = client.WatchTimeline(new WatchTimelineRequest { Variable = variable }, cancellationToken: _stop.Token);
            await foreach (var timeline in call.ResponseStream.ReadAllAsync(_stop.Token))
            {
                lock (_received)
                {
                    _received.Add(timeline);
                }
            }
        }
        catch (RpcException) when (_stop.IsCancellationRequested)
        {
            // stopped
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
    }
}
