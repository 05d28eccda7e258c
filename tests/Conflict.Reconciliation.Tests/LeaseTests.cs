using Conflict.Reconciliation.Replicas;
using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Conflict.Reconciliation.Tests;

/// <summary>Two replicas' lease managers on one PostgreSQL database: fair shares, hand-back on join, take-over on leave.</summary>
public sealed class LeaseTests
{
    [PostgresFact]
    public async Task Leases_SecondReplicaJoinsThenFirstLeaves_SharesThenTakesEverything()
    {
        // Arrange
        await using var scratch = await ScratchPostgresDatabase.CreateAsync("reconciliation_leases");
        var db = new PostgresConnectionFactory(scratch.DataSource);
        await new MigrationRunner(db, typeof(ReconciliationServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(CancellationToken.None);
        using var first = Manager(db, "first");
        using var second = Manager(db, "second");
        // Act
        await first.StartAsync(CancellationToken.None);
        var alone = await UntilAsync(() => first.Partitions.Count == Partitions.Count);
        var coordinator = await first.CoordinatorAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await second.StartAsync(CancellationToken.None);
        var shared = await UntilAsync(() => first.Partitions.Count == 8 && second.Partitions.Count == 8);
        var disjoint = !first.Partitions.Keys.Intersect(second.Partitions.Keys).Any();
        await first.StopAsync(CancellationToken.None);
        var takenOver = await UntilAsync(() => second.Partitions.Count == Partitions.Count);
        var secondCoordinates = await second.CoordinatorAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        await second.StopAsync(CancellationToken.None);
        // Assert
        Assert.True(alone, "the first replica alone did not take every partition");
        Assert.True(coordinator.Lost.IsCancellationRequested, "the first replica's term did not end when it stopped");
        Assert.True(shared, $"not shared 8/8: {first.Partitions.Count} and {second.Partitions.Count}");
        Assert.True(disjoint);
        Assert.True(takenOver, $"the second replica holds {second.Partitions.Count} partitions after the first left");
        Assert.Equal("second", secondCoordinates.Lease.Owner);
    }

    private static LeaseManager Manager(IDbConnectionFactory db, string id) =>
        new(new LeaseStore(db), db, Options.Create(new ReplicaOptions { Id = id, LeaseSeconds = 1 }), NullLogger<LeaseManager>.Instance);

    private static async Task<bool> UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(50);
        }
        return true;
    }
}
