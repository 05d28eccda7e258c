using Conflict.Claims.Claims;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;

namespace Conflict.Claims.Tests.Domain;

/// <summary>The same SQL on PostgreSQL: a fresh database, migrations, writes, reads, import and feed, creators and updaters.</summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Store_OnPostgres_CreatesListsImportsAndFeeds()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("claims_test");
        await using var db = await ClaimsDatabase.PostgresAsync(new PostgresConnectionFactory(scratch.DataSource));
        var items = Enumerable.Range(0, 30).Select(i => new ImportClaimsItem { RequestId = $"p{i}", Claim = Samples.Area(point: i) }).ToList();

        // Act
        var created = await db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/afp"), RequestId = "one" }, Samples.Writer, default);
        var again = await db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/afp"), RequestId = "one" }, Samples.Writer, default);
        await db.Importer.ImportAsync(items.Take(10).ToAsyncEnumerable(), _ => Task.CompletedTask, Samples.Writer, default);
        await db.Importer.ImportAsync(items.ToAsyncEnumerable(), _ => Task.CompletedTask, Samples.Writer, default);
        await db.Lifecycle.RetractAsync(new RetractClaimRequest { Name = created.Name }, "pg-admin", default);
        var retracted = await db.Service.GetAsync(new GetClaimRequest { Name = created.Name }, default);
        var shipped = await db.Measures.GetAsync("area_controlled", default);
        var page = await db.Service.ListAsync(new ListClaimsRequest { Variable = created.Variable, State = ClaimState.Active, PageSize = 1000 }, default);
        var feed = new List<WatchClaimsResponse>();
        await foreach (var change in db.Feed.FollowAsync(new WatchClaimsRequest { AfterSequence = 0 }, default))
        {
            feed.Add(change);
            if (feed.Count == 32)
            {
                break;
            }
        }

        // Assert
        Assert.Equal(created.Name, again.Name);
        Assert.Equal(30, page.Claims.Count);
        Assert.Equal(Enumerable.Range(1, 32).Select(i => (long)i), feed.Select(c => c.Sequence));
        Assert.Equal(ClaimChangeType.Retracted, feed[^1].ChangeType);
        Assert.Equal((Samples.Writer, "pg-admin"), (feed[^1].Claim.Creator, feed[^1].Claim.Updater));
        Assert.Equal((Samples.Writer, "pg-admin"), (retracted.Creator, retracted.Updater));
        Assert.Equal(("system", "system"), (shipped!.Creator, shipped.Updater));
        Assert.Equal(31, (await db.Claims.ListAsync(new ClaimFilter(), "", 100, default)).Count);
    }

    [PostgresFact]
    public async Task Feed_TwoReplicasOnPostgres_WriteOnOneWakesFollowerOnTheOther()
    {
        // Arrange: two replicas of the domain on one database; the follower's process is woken only by notifications.
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("claims_test");
        await using var writer = await ClaimsDatabase.PostgresAsync(new PostgresConnectionFactory(scratch.DataSource));
        await using var follower = await ClaimsDatabase.PostgresAsync(new PostgresConnectionFactory(scratch.DataSource));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var channel = new DatabaseChannel(Conflict.Claims.Feed.ChangeFeed.Channel, _ => follower.Notifier.Notify());
        using var listener = new DatabaseNotifications(follower.Db, [channel], Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseNotifications>.Instance);
        var listening = follower.Notifier.Next;
        await listener.StartAsync(cts.Token);
        await listening.WaitAsync(cts.Token);
        await using var changes = follower.Feed.FollowAsync(new WatchClaimsRequest { AfterSequence = 0 }, cts.Token).GetAsyncEnumerator(cts.Token);
        await writer.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(point: 1), RequestId = "first" }, Samples.Writer, cts.Token);
        Assert.True(await changes.MoveNextAsync());
        var waiting = changes.MoveNextAsync().AsTask();
        // Act
        var second = await writer.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(point: 2), RequestId = "second" }, Samples.Writer, cts.Token);
        // Assert: woken well before any poll would have (there is none: without the notification it would hang).
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10), cts.Token));
        Assert.Equal((second.Name, 2L), (changes.Current.Claim.Name, changes.Current.Sequence));
        await listener.StopAsync(CancellationToken.None);
    }
}
