using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>
/// WatchSources: replay from a cursor, then follow; resumption after a restart of the service on the same SQLite
/// file; concurrent writers never make a follower skip or repeat a change. Each test has its own service.
/// </summary>
public sealed class WatchTests : IDisposable
{
    /// <summary>A guard against a hung stream, not a speed assertion.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private readonly SourcesHost _host = new();

    [Fact]
    public async Task WatchSources_FromZero_ReplaysThenFollowsEveryChangeInOrder()
    {
        // Arrange
        var client = _host.Client();
        var first = await CreateAsync(client, "alpha");
        await CreateAsync(client, "bravo");
        using var cts = new CancellationTokenSource(Guard);
        using var call = client.WatchSources(new WatchSourcesRequest(), new CallOptions(cancellationToken: cts.Token));
        var replayed = await ReadAsync(call, 2, cts.Token);
        // Act
        await client.UpdateSourceAsync(new UpdateSourceRequest { Source = new Source { Name = first.Name, Description = "changed" } });
        await client.DeleteSourceAsync(new DeleteSourceRequest { Name = first.Name });
        await client.UndeleteSourceAsync(new UndeleteSourceRequest { Name = first.Name });
        var followed = await ReadAsync(call, 3, cts.Token);
        // Assert
        var all = replayed.Concat(followed).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], all.Select(c => c.Sequence));
        Assert.Equal([ChangeType.Created, ChangeType.Created, ChangeType.Updated, ChangeType.Deleted, ChangeType.Undeleted], all.Select(c => c.ChangeType));
        Assert.Equal("changed", all[2].Source.Description);
        Assert.NotNull(all[3].Source.DeleteTime);
        Assert.Equal(all[4].Source.Etag, (await client.GetSourceAsync(new GetSourceRequest { Name = first.Name })).Etag);
    }

    [Fact]
    public async Task WatchSources_AfterServiceRestart_ResumesFromCursorWithoutGapOrRepeat()
    {
        // Arrange
        var client = _host.Client();
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(client, "before-" + i);
        }
        long cursor;
        using (var cts = new CancellationTokenSource(Guard))
        using (var call = client.WatchSources(new WatchSourcesRequest(), new CallOptions(cancellationToken: cts.Token)))
        {
            cursor = (await ReadAsync(call, 3, cts.Token))[^1].Sequence;
        }
        // Act
        _host.Host.Restart();
        var restarted = _host.Client();
        await CreateAsync(restarted, "after-0");
        await CreateAsync(restarted, "after-1");
        using var resumeCts = new CancellationTokenSource(Guard);
        using var resumed = restarted.WatchSources(new WatchSourcesRequest { AfterSequence = cursor }, new CallOptions(cancellationToken: resumeCts.Token));
        var changes = await ReadAsync(resumed, 4, resumeCts.Token);
        // Assert
        Assert.Equal(3, cursor);
        Assert.Equal([4L, 5, 6, 7], changes.Select(c => c.Sequence));
        Assert.Equal(["Watch before-3", "Watch before-4", "Watch after-0", "Watch after-1"], changes.Select(c => c.Source.DisplayName));
    }

    [Fact]
    public async Task WatchSources_ServiceStopsWhileStreaming_EndsWithUnavailable()
    {
        // Arrange
        using var channel = GrpcChannel.ForAddress(_host.Host.Address, TestTokens.AdminOptions());
        var client = new SourcesService.SourcesServiceClient(channel);
        await CreateAsync(client, "streamed");
        using var cts = new CancellationTokenSource(Guard);
        using var call = client.WatchSources(new WatchSourcesRequest(), new CallOptions(cancellationToken: cts.Token));
        await ReadAsync(call, 1, cts.Token);
        // Act
        var pending = call.ResponseStream.MoveNext(cts.Token);
        _host.Host.Stop();
        var error = await Assert.ThrowsAsync<RpcException>(() => pending);
        // Assert
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public async Task WatchSources_ConcurrentWriters_FollowerSeesEachChangeOnceInSequence()
    {
        // Arrange
        var client = _host.Client();
        using var cts = new CancellationTokenSource(Guard);
        using var call = client.WatchSources(new WatchSourcesRequest(), new CallOptions(cancellationToken: cts.Token));
        const int Writers = 40;
        // Act
        var reading = ReadAsync(call, Writers, cts.Token);
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => CreateAsync(_host.Client(), "parallel-" + i)));
        var changes = await reading;
        // Assert
        Assert.Equal(Enumerable.Range(1, Writers).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(Writers, changes.Select(c => c.Source.Name).Distinct().Count());
    }

    [Fact]
    public async Task WatchSources_NegativeCursor_IsInvalid()
    {
        // Arrange
        var client = _host.Client();
        using var call = client.WatchSources(new WatchSourcesRequest { AfterSequence = -1 });
        // Act
        var error = await RpcAssert.FailsAsync(StatusCode.InvalidArgument, async () => await call.ResponseStream.MoveNext(CancellationToken.None));
        // Assert
        Assert.Equal(["after_sequence"], RpcAssert.Fields(error));
    }

    public void Dispose() => _host.Dispose();

    private static async Task<Source> CreateAsync(SourcesService.SourcesServiceClient client, string name)
        => await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body("Watch " + name, SourceKind.NewsOutlet, "FR") });

    private static async Task<List<WatchSourcesResponse>> ReadAsync(AsyncServerStreamingCall<WatchSourcesResponse> call, int count, CancellationToken ct)
    {
        var changes = new List<WatchSourcesResponse>();
        while (changes.Count < count && await call.ResponseStream.MoveNext(ct))
        {
            changes.Add(call.ResponseStream.Current);
        }
        return changes;
    }
}
