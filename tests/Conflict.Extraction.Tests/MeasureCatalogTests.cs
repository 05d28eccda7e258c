using Conflict.Extraction.Catalog;

namespace Conflict.Extraction.Tests;

public sealed class MeasureCatalogTests
{
    [Fact]
    public void Default_ShippedCatalog_HasEveryMeasureWithBothLanguages()
    {
        // Act
        var catalog = MeasureCatalogFile.Default;

        // Assert
        string[] ids = ["area_controlled", "localities_controlled", "area_gained", "advance_depth", "front_width",
            "incursion_depth", "prisoners_taken", "civilians_killed", "civilians_injured", "people_displaced",
            "troops_deployed", "aid_workers_killed", "territory_share_occupied", "military_losses", "military_killed",
            "area_controlled_peak", "area_retaken_share", "localities_gained"];
        Assert.Equal(ids.Order(), catalog.Select(m => m.Id).Order());
        Assert.All(catalog, m =>
        {
            Assert.True(m.Kind is "level" or "cumulative" or "flow", m.Kind);
            Assert.NotEmpty(m.Triggers["en"]);
            Assert.NotEmpty(m.Triggers["fr"]);
            Assert.False(string.IsNullOrEmpty(m.DisplayNames["fr"]));
        });
    }

    [Theory]
    [InlineData("area_controlled", "square miles", 2.589988)]
    [InlineData("area_controlled", "kilomètres carrés", 1)]
    [InlineData("advance_depth", "miles", 1.609344)]
    [InlineData("territory_share_occupied", "pour cent", 1)]
    public void Default_UnitAlias_HasFactor(string measure, string alias, double factor)
    {
        // Act
        var definition = MeasureCatalogFile.Default.Single(m => m.Id == measure);

        // Assert
        Assert.Equal(factor, definition.UnitAliases[alias], 6);
    }

    [Fact]
    public void Parse_MeasureWithoutUnit_ThrowsFormatException()
    {
        // Act
        var error = Record.Exception(() => MeasureCatalogFile.Parse("""{"measures":[{"id":"x","kind":"level"}]}"""));

        // Assert
        Assert.IsType<FormatException>(error);
    }
}
