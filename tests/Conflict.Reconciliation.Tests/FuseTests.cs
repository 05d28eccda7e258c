using System.Globalization;
using Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Tests;

public sealed class FuseTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task FuseClaims_MixedNumericAndCategoricalWithAnOutlier_FusesEachObject()
    {
        // Arrange: three agreeing sources and one absurd figure; a categorical object with a majority.
        using var call = suite.ReconciliationClient.FuseClaims();
        string[][] rows =
        [
            ["town|population", "a", "1000"], ["town|population", "b", "1020"], ["town|population", "c", "990"],
            ["town|population", "d", "1000000000000000"],
            ["town|controller", "a", "ua"], ["town|controller", "b", "ua"], ["town|controller", "d", "ru"],
        ];
        foreach (var batch in Batches.Of(rows, 4)) // several messages: rows accumulate across batches
        {
            await call.RequestStream.WriteAsync(new FuseClaimsRequest { Rows = { batch.Select(row => new FuseClaimsRow { Object = row[0], Source = row[1], Value = row[2] }) } });
        }
        await call.RequestStream.CompleteAsync();
        // Act
        var response = await call.ResponseAsync;
        // Assert
        var population = response.Values.Single(v => v.Object == "town|population");
        var controller = response.Values.Single(v => v.Object == "town|controller");
        Assert.InRange(double.Parse(population.Value, CultureInfo.InvariantCulture), 950, 1050);
        Assert.True(population.HasLow && population.HasHigh && population.Low <= population.High);
        Assert.Equal("ua", controller.Value);
        Assert.False(controller.HasLow);
        Assert.Equal(4, response.Sources.Count);
    }
}
