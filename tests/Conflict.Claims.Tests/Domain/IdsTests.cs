using Conflict.Claims.Common;

namespace Conflict.Claims.Tests.Domain;

/// <summary>Claim and document ids: UUIDv7 that sort in creation order, within a millisecond too.</summary>
public sealed class IdsTests
{
    [Fact]
    public void New_ManyInATightLoop_StrictlyIncreasingValidVersion7WithTheCurrentTime()
    {
        // Arrange
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // Act: far more than one millisecond can hold, so the count within a millisecond fills up and carries
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.New()).ToList();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // Assert
        Assert.All(ids.Zip(ids.Skip(1)), pair => Assert.True(string.CompareOrdinal(pair.First, pair.Second) < 0, $"{pair.First} !< {pair.Second}"));
        Assert.All(ids, id =>
        {
            var guid = Guid.ParseExact(id, "N");
            Assert.Equal(7, guid.Version);
            Assert.Equal(0b10, guid.Variant >> 2);
        });
        // Ids may run a few milliseconds ahead of the clock after a burst (a full count borrows the next millisecond).
        var firstMs = Convert.ToInt64(ids[0][..12], 16);
        Assert.InRange(firstMs, before, after + 100);
    }

    [Fact]
    public async Task New_FromManyThreads_AllDistinct()
    {
        // Act
        var batches = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Enumerable.Range(0, 5_000).Select(_ => Ids.New()).ToList())));

        // Assert
        Assert.Equal(40_000, batches.SelectMany(b => b).Distinct(StringComparer.Ordinal).Count());
        Assert.All(batches, batch => Assert.Equal(batch.Order(StringComparer.Ordinal), batch));
    }
}
