using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.Feed;
using Conflict.Sources.Listing;
using Conflict.Sources.Tests.Support;
using Conflict.Sources.Writes;
using Conflict.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Sources.Tests.Store;

/// <summary>
/// The same SQL on PostgreSQL (runs when CONFLICT_TEST_POSTGRES is set): migrations, writes with the feed, etags,
/// alias conflicts, creators and updaters, filtered keyset paging and import idempotency, in a throw-away database.
/// </summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Store_OnPostgres_BehavesAsOnSqlite()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("sources_test");
        var db = await SourcesDatabase.OpenAsync(new PostgresConnectionFactory(scratch.DataSource));
        var ct = CancellationToken.None;
        // Act
        var creates = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => db.Writes.CreateAsync($"pg{i:D2}", SourceWritesTests.Draft($"Pg Outlet {i:D2}", $"pgo {i}"), SourceWritesTests.Principal, ct)));
        var conflict = await db.Writes.CreateAsync("pg-thief", SourceWritesTests.Draft("Thief", "PGO 3"), SourceWritesTests.Principal, ct);
        var stale = await db.Writes.DeleteAsync("pg01", "1", SourceWritesTests.Principal, ct);
        var deleted = await db.Writes.DeleteAsync("pg01", creates[1].Source!.Row.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), "pg-admin", ct);
        var stored = await db.Store.GetAsync("pg01", ct);
        var query = new ListQuery { Prefix = "pg outlet", Limit = 6 };
        var page1 = await db.Store.ListAsync(query, ct);
        var page2 = await db.Store.ListAsync(query with { After = page1[4].Id }, ct);
        var imports = new[] { new Conflict.Sources.Import.ImportItem("k1", "pg-imp", SourceWritesTests.Draft("Imported")) };
        var firstImport = await db.Importer.ImportAsync(imports, SourceWritesTests.Principal, ct);
        var secondImport = await db.Importer.ImportAsync(imports, SourceWritesTests.Principal, ct);
        var changes = await db.Changes.ReadAfterAsync(0, 100, ct);
        // Assert
        Assert.All(creates, r => Assert.Equal(WriteStatus.Ok, r.Status));
        Assert.Equal(WriteStatus.AliasTaken, conflict.Status);
        Assert.Equal(WriteStatus.EtagMismatch, stale.Status);
        Assert.Equal(WriteStatus.Ok, deleted.Status);
        Assert.Equal((SourceWritesTests.Principal, "pg-admin"), (stored!.Row.Creator, stored.Row.Updater));
        Assert.Equal(["pg00", "pg02", "pg03", "pg04", "pg05", "pg06"], page1.Select(r => r.Id));
        Assert.Equal(["pg06", "pg07", "pg08", "pg09", "pg10", "pg11"], page2.Select(r => r.Id));
        Assert.Equal((1, 0), (firstImport.Created, firstImport.Existing));
        Assert.Equal((0, 1), (secondImport.Created, secondImport.Existing));
        Assert.Equal(Enumerable.Range(1, 14).Select(i => (long)i), changes.Select(c => c.Sequence));
    }

    [PostgresFact]
    public async Task Feed_TwoReplicasOnPostgres_WriteOnOneWakesFollowerOnTheOther()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("sources_test");
        var writer = await SourcesDatabase.OpenAsync(new PostgresConnectionFactory(scratch.DataSource));
        var follower = await SourcesDatabase.OpenAsync(new PostgresConnectionFactory(scratch.DataSource));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var channel = new DatabaseChannel(SourceFeed.Channel, _ => follower.Notifier.Notify());
        using var listener = new DatabaseNotifications(follower.Factory, [channel], NullLogger<DatabaseNotifications>.Instance);
        var listening = follower.Notifier.Next;
        await listener.StartAsync(cts.Token);
        await listening.WaitAsync(cts.Token);
        await using var changes = follower.Feed.FollowAsync(0, cts.Token).GetAsyncEnumerator(cts.Token);
        await writer.Writes.CreateAsync("first", SourceWritesTests.Draft("First"), SourceWritesTests.Principal, cts.Token);
        Assert.True(await changes.MoveNextAsync());
        var waiting = changes.MoveNextAsync().AsTask();
        // Act
        await writer.Writes.CreateAsync("second", SourceWritesTests.Draft("Second"), SourceWritesTests.Principal, cts.Token);
        // Assert
        Assert.True(await waiting);
        Assert.Equal(("second", 2L), (changes.Current.SourceId, changes.Current.Sequence));
        await listener.StopAsync(CancellationToken.None);
    }
}
