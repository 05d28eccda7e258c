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
    public void For_MeasureWithItsOwnGrammar_ExtractsLikeAShippedOne()
    {
        // Arrange: a measure the shipped catalog does not have, with its nouns, triggers and party role as data
        var drones = new MeasureDefinition
        {
            Id = "drones_downed", Unit = "count", Kind = "cumulative",
            Triggers = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["shot down", "downed"] },
            Nouns = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["drones", "uavs"] },
            NounRequired = true, PartyRole = "own",
        };
        var catalog = MeasureCatalogFile.Default.Append(drones).ToList();
        // Act
        var extractor = ClaimExtractor.For(catalog);
        var claim = Assert.Single(extractor.Extract("Air defences shot down 41 Russian drones over the Sumy region overnight.", "en", ExtractionFixture.Wednesday, "Test Wire"));
        // Assert
        Assert.Equal(("drones_downed", "ru", "UA-59", 41.0), (claim.Measure, claim.Party, claim.Place, claim.Point));
        Assert.Same(extractor, ClaimExtractor.For(catalog));
    }

    [Fact]
    public void For_MeasureWithoutGrammar_IsNotGivenOneBehindItsBack()
    {
        // Arrange: a shipped measure read back without nouns: nothing fills them in from the shipped file
        var bare = MeasureCatalogFile.Default.Select(m => m.Id == "localities_controlled" ? m with { Nouns = new Dictionary<string, IReadOnlyList<string>>(), NounRequired = false } : m).ToList();
        // Act
        var extractor = ClaimExtractor.For(bare);
        // Assert
        Assert.Empty(extractor.Catalog.Single(m => m.Id == "localities_controlled").Nouns);
    }
}
