using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Grpc.Core;

namespace Conflict.Claims.Tests.Rpc;

/// <summary>WatchClaims through the real transport, including a restart of the service between two reads.</summary>
public sealed class FeedRpcTests : IAsyncLifetime
{
    private readonly ClaimsServices _services = new();

    public Task InitializeAsync() => _services.InitializeAsync();

    public Task DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task WatchClaims_ResumedAfterServiceRestart_NoChangeSkippedOrRepeated()
    {
        // Arrange
        var claimant = await _services.NewClaimantAsync();
        var first = await Create(claimant, 1);
        await Create(claimant, 2);
        var seen = await ReadAsync(after: 0, count: 2);
        _services.RestartClaims();
        await _services.Claims.RetractClaimAsync(new RetractClaimRequest { Name = first.Name });
        await Create(claimant, 3);

        // Act
        var resumed = await ReadAsync(after: seen[^1].Sequence, count: 2);

        // Assert
        Assert.Equal([1L, 2, 3, 4], seen.Concat(resumed).Select(c => c.Sequence));
        Assert.Equal(
            [ClaimChangeType.Created, ClaimChangeType.Created, ClaimChangeType.Retracted, ClaimChangeType.Created],
            seen.Concat(resumed).Select(c => c.ChangeType));
        Assert.Equal(first.Name, resumed[0].Claim.Name);
        Assert.Equal(ClaimState.Retracted, resumed[0].Claim.State);
        Assert.Equal(ClaimState.Active, seen[0].Claim.State);
    }

    [Fact]
    public async Task WatchClaims_Following_ReceivesChangesCommittedAfterItStarted()
    {
        // Arrange
        var claimant = await _services.NewClaimantAsync();
        var head = (await ReadAllNowAsync()).LastOrDefault()?.Sequence ?? 0;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = _services.Claims.WatchClaims(new WatchClaimsRequest { AfterSequence = head }, new CallOptions(cancellationToken: cancel.Token));
        var next = watch.ResponseStream.MoveNext();

        // Act
        var created = await Create(claimant, 7);
        Assert.True(await next);

        // Assert
        Assert.Equal(head + 1, watch.ResponseStream.Current.Sequence);
        Assert.Equal(created.Name, watch.ResponseStream.Current.Claim.Name);
    }

    [Fact]
    public async Task WatchClaims_NegativeCursor_InvalidArgument()
    {
        // Act
        var fields = await ViolationAssert.FieldsAsync(async () =>
        {
            using var call = _services.Claims.WatchClaims(new WatchClaimsRequest { AfterSequence = -1 });
            await call.ResponseStream.MoveNext();
        });

        // Assert
        Assert.Equal(["after_sequence"], fields);
    }

    private Task<Claim> Create(string claimant, double value)
        => _services.Claims.CreateClaimAsync(new CreateClaimRequest { Claim = Samples.Area(point: value, claimant: claimant) }).ResponseAsync;

    private async Task<List<WatchClaimsResponse>> ReadAsync(long after, int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = _services.Claims.WatchClaims(new WatchClaimsRequest { AfterSequence = after }, new CallOptions(cancellationToken: cancel.Token));
        var changes = new List<WatchClaimsResponse>();
        while (changes.Count < count && await call.ResponseStream.MoveNext())
        {
            changes.Add(call.ResponseStream.Current);
        }
        return changes;
    }

    /// <summary>The changes already in the feed: reads until the stream goes quiet for a moment.</summary>
    private async Task<List<WatchClaimsResponse>> ReadAllNowAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var call = _services.Claims.WatchClaims(new WatchClaimsRequest(), new CallOptions(cancellationToken: cancel.Token));
        var changes = new List<WatchClaimsResponse>();
        try
        {
            while (await call.ResponseStream.MoveNext())
            {
                changes.Add(call.ResponseStream.Current);
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled)
        {
            // The quiet moment is over.
        }
        return changes;
    }
}
