using Conflict.Extraction.Numbers;

namespace Conflict.Extraction.Tests;

public sealed class NumberGrammarTests
{
    [Theory]
    [InlineData("en", "The army said it had captured 1,150 square kilometres.", 1150)]
    [InlineData("fr", "L'armée affirme contrôler 1.250 km² dans la région.", 1250)]
    [InlineData("fr", "L'armée affirme contrôler 1 000 km² dans la région.", 1000)]
    [InlineData("fr", "L'armée affirme contrôler 1\u00a0000 km² dans la région.", 1000)]
    [InlineData("fr", "L'armée affirme contrôler 1\u202f000 km² dans la région.", 1000)]
    [InlineData("fr", "Les rebelles ont conquis 2\u202f345\u202f000 hectares.", 23450)]
    [InlineData("en", "The rebels have seized 2.5 million hectares.", 25000)]
    public void Extract_AreaWrittenWithSeparators_ReadsValue(string language, string text, double expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal("area_controlled", claim.Measure);
        Assert.Equal(expected, claim.Point!.Value, 3);
    }

    [Theory]
    [InlineData("fr", "Les troupes ont avancé de 12,5 km en une journée.", 12.5)]
    [InlineData("en", "The brigade advanced 4.5 kilometers overnight.", 4.5)]
    [InlineData("en", "The brigade advanced ten kilometres on Monday.", 10)]
    [InlineData("fr", "La brigade a progressé de dix kilomètres lundi.", 10)]
    [InlineData("en", "The brigade advanced twenty-five kilometres.", 25)]
    [InlineData("fr", "La brigade a avancé de vingt-cinq kilomètres.", 25)]
    public void Extract_LengthInDigitsOrWords_ReadsValue(string language, string text, double expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal("advance_depth", claim.Measure);
        Assert.Equal(expected, claim.Point!.Value, 3);
    }

    [Theory]
    [InlineData("en", "Rebel forces now occupy a third of the country.", 33.333)]
    [InlineData("fr", "Les forces rebelles occupent un tiers du pays.", 33.333)]
    [InlineData("en", "Rebel forces now occupy half of the country.", 50)]
    [InlineData("fr", "Les forces rebelles occupent la moitié du pays.", 50)]
    public void Extract_Fraction_BecomesPercent(string language, string text, double expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal("territory_share_occupied", claim.Measure);
        Assert.Equal("percent", claim.Unit);
        Assert.Equal(expected, claim.Point!.Value, 2);
    }

    [Theory]
    [InlineData("en", "Hundreds of civilians fled the town.", 100, 999)]
    [InlineData("fr", "Des centaines de civils ont fui la ville.", 100, 999)]
    [InlineData("en", "Dozens of soldiers were killed in the assault.", 20, 99)]
    [InlineData("fr", "Des dizaines de soldats ont été tués lors de l'assaut.", 20, 99)]
    [InlineData("en", "Thousands of residents were evacuated.", 1000, 9999)]
    [InlineData("fr", "Des milliers d'habitants ont été évacués.", 1000, 9999)]
    [InlineData("en", "Tens of thousands of people have fled.", 10000, 99999)]
    public void Extract_VagueMagnitude_IsInterval(string language, string text, double low, double high)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(Qualifier.Vague, claim.Qualifier);
        Assert.Equal(low, claim.Low);
        Assert.Equal(high, claim.High);
    }

    [Theory]
    [InlineData("en", "Government troops retook 40 km2 of the valley.", "km2", 40)]
    [InlineData("en", "Government troops retook 40 sq. km of the valley.", "km2", 40)]
    [InlineData("en", "Government troops retook 40 sq km of the valley.", "km2", 40)]
    [InlineData("en", "Government troops retook 40 square kilometers of the valley.", "km2", 40)]
    [InlineData("en", "Government troops retook 40 square kilometres of the valley.", "km2", 40)]
    [InlineData("en", "Government troops retook 100 square miles of the valley.", "km2", 258.9988)]
    [InlineData("fr", "Les troupes gouvernementales ont repris 40 kilomètres carrés de la vallée.", "km2", 40)]
    [InlineData("en", "The column advanced 8 km on Monday.", "km", 8)]
    [InlineData("en", "The column advanced 8 kilometres on Monday.", "km", 8)]
    [InlineData("en", "The column advanced 5 miles on Monday.", "km", 8.04672)]
    [InlineData("fr", "La colonne a avancé de 8 kilomètres lundi.", "km", 8)]
    [InlineData("en", "The junta controls 20% of the territory.", "percent", 20)]
    [InlineData("en", "The junta controls 20 percent of the territory.", "percent", 20)]
    [InlineData("fr", "La junte contrôle 20 pour cent du territoire.", "percent", 20)]
    [InlineData("fr", "La junte contrôle 20 % du territoire.", "percent", 20)]
    public void Extract_UnitAlias_ConvertsToCanonicalUnit(string language, string text, string unit, double value)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(value, claim.Point!.Value, 3);
    }
}
