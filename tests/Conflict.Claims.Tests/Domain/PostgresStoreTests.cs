using Conflict.Claims.Claims;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;

namespace Conflict.Claims.Tests.Domain;

/// <summary>The same SQL on PostgreSQL: a fresh database, migrations, writes, reads, import and feed.</summary>
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
        var created = await db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/afp"), RequestId = "one" }, default);
        var again = await db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(reporter: "sources/afp"), RequestId = "one" }, default);
        await db.Importer.ImportAsync(items.Take(10).ToAsyncEnumerable(), _ => Task.CompletedTask, default);
        await db.Importer.ImportAsync(items.ToAsyncEnumerable(), _ => Task.CompletedTask, default);
        await db.Lifecycle.RetractAsync(new RetractClaimRequest { Name = created.Name }, default);
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
        Assert.Equal(31, (await db.Claims.ListAsync(new ClaimFilter(), "", 100, default)).Count);
    }
}
