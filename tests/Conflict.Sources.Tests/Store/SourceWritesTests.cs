using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;

namespace Conflict.Sources.Tests.Store;

/// <summary>The write path on a real SQLite file, without the transport: transactions, sequences, the feed.</summary>
public sealed class SourceWritesTests : IAsyncLifetime
{
    private SourcesDatabase _db = null!;

    public async Task InitializeAsync() => _db = await SourcesDatabase.SqliteAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ConcurrentWriters_FeedSequencesAreGapFreeAndMatchRevisions()
    {
        // Arrange
        const int Writers = 30;
        // Act
        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            Task.Run(() => _db.Writes.CreateAsync($"w{i}", Draft($"Writer {i}"), Principal, CancellationToken.None))));
        var changes = await _db.Changes.ReadAfterAsync(0, 1000, CancellationToken.None);
        // Assert
        Assert.All(results, r => Assert.Equal(WriteStatus.Ok, r.Status));
        Assert.Equal(Enumerable.Range(1, Writers).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(results.Select(r => r.Source!.Row.Revision).Order(), changes.Select(c => c.Sequence));
        Assert.Equal(Writers, await _db.Changes.LastSequenceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_AliasTaken_WritesNothingAndConsumesNoSequence()
    {
        // Arrange
        await _db.Writes.CreateAsync("owner", Draft("Owner", "Nickname"), Principal, CancellationToken.None);
        // Act
        var result = await _db.Writes.CreateAsync("taker", Draft("Taker", "nickname"), Principal, CancellationToken.None);
        var next = await _db.Writes.CreateAsync("next", Draft("Next"), Principal, CancellationToken.None);
        // Assert
        Assert.Equal(WriteStatus.AliasTaken, result.Status);
        Assert.Equal(["owner"], result.OtherSources);
        Assert.Null(await _db.Store.GetAsync("taker", CancellationToken.None));
        Assert.Equal(2, next.Source!.Row.Revision);
    }

    [Fact]
    public async Task FollowAsync_WaitingForChanges_WakesOnCommit()
    {
        // Arrange
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await using var changes = _db.Feed.FollowAsync(0, cts.Token).GetAsyncEnumerator(cts.Token);
        var waiting = changes.MoveNextAsync().AsTask();
        // Act
        await _db.Writes.CreateAsync("late", Draft("Late arrival"), Principal, CancellationToken.None);
        // Assert
        Assert.True(await waiting);
        Assert.Equal(("late", 1L), (changes.Current.SourceId, changes.Current.Sequence));
    }

    [Fact]
    public async Task UpdateAsync_PlanWithProblems_WritesNothing()
    {
        // Arrange
        var created = await _db.Writes.CreateAsync("planned", Draft("Planned"), Principal, CancellationToken.None);
        // Act
        var result = await _db.Writes.UpdateAsync("planned", "", _ => new UpdatePlan(null, [new("source.kind", "Required.")]), Principal, CancellationToken.None);
        var after = await _db.Store.GetAsync("planned", CancellationToken.None);
        // Assert
        Assert.Equal(WriteStatus.Invalid, result.Status);
        Assert.Equal(created.Source!.Row, after!.Row);
    }

    /// <summary>The principal these writes are recorded under.</summary>
    internal const string Principal = "test-writer";

    internal static SourceDraft Draft(string name, params string[] aliases) => new()
    {
        DisplayName = name,
        Kind = (long)SourceKind.NewsOutlet,
        Country = "FR",
        Aliases = [.. aliases.Select(a => (a, "en"))],
    };
}
