using Conflict.Claims.V1;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Replicas;
using Conflict.Reconciliation.Timelines;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;
using Conflict.Type.V1;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Reconciliation.Tests;

/// <summary>
/// The projection, result and lease stores with the same SQL on both providers: on a SQLite file always, on
/// PostgreSQL (the scale-out path, several replicas on one database) when CONFLICT_TEST_POSTGRES is set.
/// </summary>
public sealed class StoreTests
{
    private const string Variable = "area_controlled/ua/RU-KRS";

    [PostgresFact]
    public async Task Stores_OnPostgres_ApplyFeedOnceFenceLeasesAndKeepLaterMarks()
    {
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("reconciliation_test");
        await StoresApplyFeedOnceFenceLeasesAndKeepLaterMarks(new PostgresConnectionFactory(scratch.DataSource));
    }

    [Fact]
    public async Task Stores_OnSqlite_ApplyFeedOnceFenceLeasesAndKeepLaterMarks()
    {
        using var directory = new TempDirectory("reconciliation-stores");
        await StoresApplyFeedOnceFenceLeasesAndKeepLaterMarks(new SqliteConnectionFactory($"Data Source={Path.Combine(directory.Path, "r.db")}"));
    }

    private static async Task StoresApplyFeedOnceFenceLeasesAndKeepLaterMarks(IDbConnectionFactory db)
    {
        // Arrange: replica "a" holds the coordinator lease and the variable's partition.
        await new MigrationRunner(db, typeof(ReconciliationServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(CancellationToken.None);
        var projection = new ProjectionStore(db);
        var timelines = new TimelineStore(db);
        var work = new WorkStore(db);
        var leases = new LeaseStore(db);
        await leases.EnsureLeasesAsync(CancellationToken.None);
        await leases.HeartbeatAsync("a", 1_000, 5_000, CancellationToken.None);
        var coordinator = (await leases.TryAcquireAsync(Partitions.CoordinatorLease, "a", 1_000, 5_000, steal: false, CancellationToken.None))!;
        var partitionName = Partitions.LeaseOf(Partitions.Of(Variable));
        var partition = (await leases.TryAcquireAsync(partitionName, "a", 1_000, 5_000, steal: false, CancellationToken.None))!;
        var change = Change(1, "claims/a");

        // Act: the same change twice (a replay after a reconnect); a later change marks the variable again after a
        // result was computed for the first mark; then replica "b" takes the partition over once "a"'s lease expired.
        var touched = await projection.ApplyClaimChangesAsync([change], coordinator, CancellationToken.None);
        var replayed = await projection.ApplyClaimChangesAsync([change], coordinator, CancellationToken.None);
        var firstMark = (await work.DirtyAsync([Partitions.Of(Variable)], 10, CancellationToken.None)).Single().Mark;
        await projection.ApplyClaimChangesAsync([Change(2, "claims/b")], coordinator, CancellationToken.None);
        var row = new VariableRow { Variable = Variable, Measure = "area_controlled", Party = "ua", Place = "RU-KRS", ClaimCount = 1, StatementCount = 1, Timeline = [1, 2, 3] };
        var first = await timelines.SaveAsync([new ComputedVariable(row, firstMark)], [partition], CancellationToken.None);
        var stillDirty = await work.DirtyAsync([Partitions.Of(Variable)], 10, CancellationToken.None);
        var second = await timelines.SaveAsync([new ComputedVariable(row with { Timeline = [4] }, stillDirty.Single().Mark)], [partition], CancellationToken.None);
        var settledBefore = await work.IsSettledAsync(CancellationToken.None);
        var takenOver = await leases.TryAcquireAsync(partitionName, "b", 7_000, 5_000, steal: false, CancellationToken.None);
        var late = await Assert.ThrowsAsync<LeaseLostException>(() =>
            timelines.SaveAsync([new ComputedVariable(row with { Timeline = [9] }, null)], [partition], CancellationToken.None));

        // Assert
        Assert.Equal([Variable], touched);
        Assert.Empty(replayed);
        Assert.Equal(2, await projection.GetCursorAsync(ProjectionStore.ClaimsFeed, CancellationToken.None));
        Assert.Equal(2, (await projection.LoadActiveClaimsAsync(Variable, CancellationToken.None)).Count);
        Assert.Equal([1L], first);
        Assert.Equal([2L], second);
        Assert.Single(stillDirty);
        Assert.True(stillDirty[0].Mark > firstMark);
        Assert.Empty(await work.DirtyAsync([Partitions.Of(Variable)], 10, CancellationToken.None));
        Assert.False(settledBefore); // the projection moved and no model was learned from it yet
        Assert.Equal(partition.Epoch + 1, takenOver!.Epoch);
        Assert.Equal(partitionName, late.Lease);
        Assert.Equal([4], (await timelines.GetAsync(Variable, withPayload: true, CancellationToken.None))!.Timeline);
    }

    private static WatchClaimsResponse Change(long sequence, string name) => new()
    {
        Sequence = sequence,
        Claim = new Claim
        {
            Name = name, Variable = Variable, Measure = "measures/area_controlled", Claimant = "sources/x",
            State = ClaimState.Active, AsOf = new DateSpan { StartDate = "2024-08-12", EndDate = "2024-08-12" },
            Quantity = new Quantity { Qualifier = Qualifier.Approximate, Point = 800, Unit = "km2" },
        },
    };
}
