using System.Text;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Extract_EmptyText_ReturnsEmptyList(string text)
    {
        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("klingon")]
    public void Extract_UnknownLanguage_ThrowsArgumentException(string language)
    {
        // Act
        var error = Record.Exception(() => ExtractionFixture.Extractor.Extract("Forces took 3 villages.", language, ExtractionFixture.Wednesday, null));

        // Assert
        Assert.IsType<ArgumentException>(error);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("FR")]
    public void Extract_LanguageTag_IsAccepted(string language)
    {
        // Act
        var claims = ExtractionFixture.Extractor.Extract("Forces took 3 villages.", language, ExtractionFixture.Wednesday, null);

        // Assert
        Assert.NotNull(claims);
    }

    [Fact]
    public void Extract_BinaryGarbage_ReturnsWithoutThrowing()
    {
        // Arrange
        var random = new Random(42);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);

        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert
        Assert.NotNull(claims);
    }

    [Fact]
    public void Extract_LongTextWithoutBreaks_ReturnsEveryFigure()
    {
        // Arrange: one "sentence" of 20,000 clauses, no full stop
        var text = string.Concat(Enumerable.Repeat("and rebels captured 7 villages ", 20_000));

        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert: duplicates of one figure collapse into one claim
        Assert.Single(claims);
    }

    [Fact]
    public void Extract_HugeNumberRun_DoesNotOverflow()
    {
        // Arrange
        var text = "Rebels captured " + new string('9', 5000) + " villages and " + string.Concat(Enumerable.Repeat("1,", 3000)) + "000 km2.";

        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert
        Assert.All(claims, c => Assert.True(double.IsFinite(c.Point ?? c.Low ?? 0)));
    }

    [Fact]
    public void For_CatalogWithoutGrammarFields_ExtractsLikeTheShippedOne()
    {
        // Arrange: measures as a database might return them, without nouns or party roles
        var bare = MeasureCatalogFile.Default
            .Select(m => new MeasureDefinition { Id = m.Id, Unit = m.Unit, Kind = m.Kind, Triggers = m.Triggers, UnitAliases = m.UnitAliases })
            .ToList();

        // Act
        var extractor = Conflict.Extraction.ClaimExtractor.For(bare);
        var claim = Assert.Single(extractor.Extract("Ukrainian forces captured 12 villages in the Kursk region.", "en", ExtractionFixture.Wednesday, "Test Wire"));

        // Assert
        Assert.Equal(("localities_controlled", "ua"), (claim.Measure, claim.Party));
        Assert.Same(extractor, Conflict.Extraction.ClaimExtractor.For(bare));
    }
}
