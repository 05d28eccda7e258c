namespace Conflict.Extraction.Tests;

/// <summary>Places beyond the hand-written gazetteer: ISO 3166-1 countries and ISO 3166-2 subdivisions in English and
/// French, the latter only as proper nouns of a country the document names.</summary>
public sealed class PlaceTests
{
    [Theory]
    [InlineData("en", "Floods and fighting have displaced 12,000 people in Mali since March.", "ML")]
    [InlineData("fr", "Les combats ont fait 40 morts civils au Mali, selon l'ONU.", "ML")]
    [InlineData("en", "At least 25 civilians were killed in Haiti last week.", "HT")]
    [InlineData("fr", "Au moins 25 civils ont été tués en Haïti la semaine dernière.", "HT")]
    [InlineData("en", "In Haiti, a gang killed at least 70 civilians in Artibonite on Thursday.", "HT-AR")]
    [InlineData("fr", "En Haïti, un gang a tué au moins 70 civils dans l'Artibonite jeudi.", "HT-AR")]
    public void Extract_CountryOrSubdivision_IsThePlace(string language, string text, string place)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);
        // Assert
        Assert.Equal(place, claim.Place);
    }

    [Fact]
    public void Extract_SubdivisionOfACountryNotNamed_IsNoPlace()
    {
        // Arrange: "Centre" is a department of Haiti, but this text is not about Haiti.
        const string Text = "In Mali, militants killed 14 civilians near a health Centre on Friday.";
        // Act
        var claim = ExtractionFixture.Single(Text);
        // Assert
        Assert.Equal("ML", claim.Place);
    }

    [Fact]
    public void Extract_CapitalAsTheGovernment_IsNoPlace()
    {
        // Arrange: Yerevan speaks; the figure is about Syunik.
        const string Text = "Armenia said 30 soldiers were killed in Syunik. Yerevan said 30 soldiers were killed there on Monday.";
        // Act
        var claims = ExtractionFixture.Extract(Text);
        // Assert
        Assert.All(claims, c => Assert.Equal("AM-SU", c.Place));
    }
}
