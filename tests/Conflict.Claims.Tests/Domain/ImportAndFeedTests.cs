using Conflict.Claims.Claims;
using Conflict.Claims.Tests.Support;
using Conflict.Claims.V1;
using Conflict.Type.V1;

namespace Conflict.Claims.Tests.Domain;

/// <summary>Bulk import and the change feed on a real SQLite file, without the transport.</summary>
public sealed class ImportAndFeedTests : IAsyncLifetime
{
    private ClaimsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await ClaimsDatabase.SqliteAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Import_RetriedAfterPartialRun_NoDuplicatesNothingLost()
    {
        // Arrange
        var items = Enumerable.Range(0, 5000).Select(i => new ImportClaimsItem { RequestId = $"r{i}", Claim = Samples.Area(point: i) }).ToList();
        await _db.Importer.ImportAsync(items.Take(2500).ToAsyncEnumerable(), _ => Task.CompletedTask, Samples.Writer, default);
        var reports = new List<ImportClaimsResponse>();

        // Act
        await _db.Importer.ImportAsync(items.ToAsyncEnumerable(), r => { reports.Add(r); return Task.CompletedTask; }, Samples.Writer, default);

        // Assert
        var last = reports[^1];
        Assert.True(last.Done);
        Assert.Equal(5000, last.ReceivedCount);
        Assert.Equal(2500, last.CreatedCount);
        Assert.Equal(2500, last.DuplicateCount);
        Assert.Equal(5000, await CountAsync());
    }

    [Fact]
    public async Task Import_BadItem_RejectedWithReasonsOthersStored()
    {
        // Arrange
        var items = new[]
        {
            new ImportClaimsItem { RequestId = "ok", Claim = Samples.Area() },
            new ImportClaimsItem { RequestId = "bad", Claim = Samples.Area(point: -1) },
        };
        var reports = new List<ImportClaimsResponse>();

        // Act
        await _db.Importer.ImportAsync(items.ToAsyncEnumerable(), r => { reports.Add(r); return Task.CompletedTask; }, Samples.Writer, default);

        // Assert
        var rejection = Assert.Single(reports.SelectMany(r => r.Rejections));
        Assert.Equal("bad", rejection.RequestId);
        Assert.Contains(rejection.Reasons, r => r.StartsWith("claim.quantity.low", StringComparison.Ordinal));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Import_StorageFailsMidStream_EndsWithTheErrorAndKeepsEarlierCommits()
    {
        // Arrange: a trigger makes the storage refuse one claim, as a full disk or a broken file would
        await using (var conn = await _db.Db.OpenAsync(default))
        {
            await using var command = conn.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON claims WHEN NEW.quote = 'refused' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END";
            await command.ExecuteNonQueryAsync();
        }
        var first = Enumerable.Range(0, 3).Select(i => new ImportClaimsItem { RequestId = $"early{i}", Claim = Samples.Area(point: i) });
        var reports = new List<ImportClaimsResponse>();
        var firstCommitted = new TaskCompletionSource();

        // Act: three claims are committed after the pause; then many more, one of them refused by the storage
        async IAsyncEnumerable<ImportClaimsItem> Stream()
        {
            foreach (var item in first)
            {
                yield return item;
            }
            await firstCommitted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            for (var i = 0; i < 20_000; i++)
            {
                var claim = Samples.Area(point: 100 + i);
                claim.Quote = i == 5 ? "refused" : "";
                yield return new ImportClaimsItem { RequestId = $"late{i}", Claim = claim };
            }
        }
        var error = await Assert.ThrowsAnyAsync<Exception>(() => _db.Importer.ImportAsync(Stream(), r =>
        {
            reports.Add(r);
            firstCommitted.TrySetResult();
            return Task.CompletedTask;
        }, Samples.Writer, default).WaitAsync(TimeSpan.FromSeconds(30)));

        // Assert: the storage's error, not a hang; the committed claims stay, the refused transaction left nothing
        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, reports[0].CreatedCount);
        Assert.DoesNotContain(reports, r => r.Done);
        Assert.Equal(3, await CountAsync());
    }

    [Fact]
    public async Task Import_NeighboursDifferingInOneColumn_EachStoredAsSent()
    {
        // Arrange: the writer skips re-binding a value equal to the previous row's, so vary one column at a time,
        // back and forth, including empty and absent values
        var claims = new List<Claim>();
        for (var i = 0; i < 12; i++)
        {
            var claim = Samples.Area(point: i % 3 == 0 ? 0 : 7.5, asOf: i % 4 == 0 ? "2024-08-20" : "2024-08-21", unit: i % 2 == 0 ? "km2" : "sq mi");
            claim.Quote = i % 5 == 0 ? "" : "quoted words";
            claim.Confidence = i % 3 == 1 ? 0.5 : 0;
            if (i % 4 == 3)
            {
                claim.Quantity = new Quantity { Qualifier = Qualifier.Range, Low = 10, High = 20, Unit = "km2" };
            }
            claims.Add(claim);
        }
        var items = claims.Select((c, i) => new ImportClaimsItem { RequestId = $"varied{i}", Claim = c });

        // Act
        await _db.Importer.ImportAsync(items.ToAsyncEnumerable(), _ => Task.CompletedTask, Samples.Writer, default);
        var stored = await _db.Claims.ListAsync(new ClaimFilter(), "", 100, default);

        // Assert: each row as its claim asked (ids order by time only to the millisecond, so rows are found by request id)
        Assert.Equal(claims.Count, stored.Count);
        var byId = stored.ToDictionary(r => r.Id);
        for (var i = 0; i < claims.Count; i++)
        {
            var sent = claims[i];
            var row = byId[(await _db.Claims.ClaimForRequestAsync($"varied{i}", default))!];
            Assert.Equal(sent.AsOf.StartDate, Common.Dates.Day(row.AsOfStartMs));
            Assert.Equal(sent.Quantity.Unit, row.Unit);
            Assert.Equal(sent.Quantity.HasLow ? sent.Quantity.Low : null, row.Low);
            Assert.Equal(sent.Quantity.HasHigh ? sent.Quantity.High : null, row.High);
            Assert.Equal(sent.Quote, row.Quote);
            Assert.Equal(sent.Confidence == 0 ? 1 : sent.Confidence, row.Confidence);
        }
    }

    [Fact]
    public async Task Feed_CreateSupersedeRetract_GaplessInOrder()
    {
        // Arrange
        var first = await _db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(point: 10) }, Samples.Writer, default);
        var second = await _db.Lifecycle.SupersedeAsync(new SupersedeClaimRequest { Name = first.Name, Claim = Samples.Area(point: 12) }, Samples.Writer, default);
        await _db.Lifecycle.RetractAsync(new RetractClaimRequest { Name = second.Name, Reason = "withdrawn" }, Samples.Writer, default);

        // Act
        var changes = await ReadFeedAsync(4);

        // Assert
        Assert.Equal([1L, 2, 3, 4], changes.Select(c => c.Sequence));
        Assert.Equal([ClaimChangeType.Created, ClaimChangeType.Created, ClaimChangeType.Superseded, ClaimChangeType.Retracted], changes.Select(c => c.ChangeType));
        Assert.Equal(second.Name, changes[2].Claim.SupersededBy);
        Assert.Equal(ClaimState.Active, changes[0].Claim.State);
        var original = await _db.Service.GetAsync(new GetClaimRequest { Name = first.Name }, default);
        Assert.Equal(ClaimState.Superseded, original.State);
        Assert.Equal(10, original.Quantity.Low);
    }

    [Fact]
    public async Task Feed_StateChangedByOthers_EachEntryNamesCreatorAndUpdaterAsOfItsChange()
    {
        // Arrange
        var first = await _db.Service.CreateAsync(new CreateClaimRequest { Claim = Samples.Area(point: 10) }, "alice", default);
        var second = await _db.Lifecycle.SupersedeAsync(new SupersedeClaimRequest { Name = first.Name, Claim = Samples.Area(point: 12) }, "bob", default);
        await _db.Lifecycle.RetractAsync(new RetractClaimRequest { Name = second.Name, Reason = "withdrawn" }, "carol", default);

        // Act
        var changes = await ReadFeedAsync(4);
        var original = await _db.Service.GetAsync(new GetClaimRequest { Name = first.Name }, default);

        // Assert: a creation shows the claim as it was then, before anyone changed its state
        Assert.Equal([("alice", "alice"), ("bob", "bob"), ("alice", "bob"), ("bob", "carol")], changes.Select(c => (c.Claim.Creator, c.Claim.Updater)));
        Assert.Equal(("alice", "bob"), (original.Creator, original.Updater));
    }

    private async Task<List<WatchClaimsResponse>> ReadFeedAsync(int count)
    {
        var changes = new List<WatchClaimsResponse>();
        await foreach (var change in _db.Feed.FollowAsync(new WatchClaimsRequest(), CancellationToken.None))
        {
            changes.Add(change);
            if (changes.Count == count)
            {
                break;
            }
        }
        return changes;
    }

    private async Task<int> CountAsync() => (await _db.Claims.ListAsync(new ClaimFilter(), "", 100_000, default)).Count;
}
