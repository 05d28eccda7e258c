using Conflict.Claims.V1;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Timelines;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;
using Conflict.Type.V1;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Reconciliation.Tests;

/// <summary>The projection and result stores on PostgreSQL, with the same SQL as on SQLite (scale-out path).</summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Stores_OnPostgres_ApplyFeedOnceAndKeepResults()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("reconciliation_test");
        var db = new PostgresConnectionFactory(scratch.DataSource);
        await new MigrationRunner(db, typeof(ReconciliationServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(CancellationToken.None);
        var projection = new ProjectionStore(db);
        var timelines = new TimelineStore(db);
        var change = new WatchClaimsResponse
        {
            Sequence = 1,
            Claim = new Claim
            {
                Name = "claims/a", Variable = "area_controlled/ua/RU-KRS", Measure = "measures/area_controlled", Claimant = "sources/x",
                State = ClaimState.Active, AsOf = new DateSpan { StartDate = "2024-08-12", EndDate = "2024-08-12" },
                Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = 800, Unit = "km2" },
            },
        };
        // Act: the same change twice (a replay after a reconnect), then a result.
        var touched = await projection.ApplyClaimChangesAsync([change], CancellationToken.None);
        var replayed = await projection.ApplyClaimChangesAsync([change], CancellationToken.None);
        var row = new VariableRow { Variable = "area_controlled/ua/RU-KRS", Measure = "area_controlled", Party = "ua", Place = "RU-KRS", ClaimCount = 1, StatementCount = 1, Timeline = [1, 2, 3] };
        var first = await timelines.SaveAsync([row], CancellationToken.None);
        var second = await timelines.SaveAsync([row, row with { Variable = "area_controlled/ua/UA-59" }], CancellationToken.None);
        // Assert
        Assert.Equal(["area_controlled/ua/RU-KRS"], touched);
        Assert.Empty(replayed);
        Assert.Equal(1, await projection.GetCursorAsync(ProjectionStore.ClaimsFeed, CancellationToken.None));
        Assert.Single(await projection.LoadActiveClaimsAsync("area_controlled/ua/RU-KRS", CancellationToken.None));
        Assert.Equal([1], first);
        Assert.Equal([2, 1], second);
        Assert.Equal([1, 2, 3], (await timelines.GetAsync(row.Variable, withPayload: true, CancellationToken.None))!.Timeline);
    }
}
