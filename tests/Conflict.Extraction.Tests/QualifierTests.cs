using Conflict.Extraction.Numbers;

namespace Conflict.Extraction.Tests;

public sealed class QualifierTests
{
    [Theory]
    [InlineData("en", "The militia holds more than 300 km2 of farmland.", Qualifier.MoreThan)]
    [InlineData("en", "The militia holds over 300 km2 of farmland.", Qualifier.MoreThan)]
    [InlineData("en", "The area the militia holds exceeds 300 km2.", Qualifier.MoreThan)]
    [InlineData("en", "The militia holds at least 300 km2 of farmland.", Qualifier.AtLeast)]
    [InlineData("en", "The militia holds nearly 300 km2 of farmland.", Qualifier.Approximate)]
    [InlineData("en", "The militia holds almost 300 km2 of farmland.", Qualifier.Approximate)]
    [InlineData("en", "The militia holds about 300 km2 of farmland.", Qualifier.Approximate)]
    [InlineData("en", "The militia holds around 300 km2 of farmland.", Qualifier.Approximate)]
    [InlineData("en", "The militia holds some 300 km2 of farmland.", Qualifier.Approximate)]
    [InlineData("en", "The militia holds up to 300 km2 of farmland.", Qualifier.AtMost)]
    [InlineData("en", "The militia holds less than 300 km2 of farmland.", Qualifier.LessThan)]
    [InlineData("en", "The militia holds 300 km2 of farmland.", Qualifier.Exact)]
    [InlineData("fr", "La milice contrôle plus de 300 km² de terres.", Qualifier.MoreThan)]
    [InlineData("fr", "La zone que contrôle la milice dépasse les 300 km².", Qualifier.MoreThan)]
    [InlineData("fr", "La milice contrôle au moins 300 km² de terres.", Qualifier.AtLeast)]
    [InlineData("fr", "La milice contrôle près de 300 km² de terres.", Qualifier.Approximate)]
    [InlineData("fr", "La milice contrôle environ 300 km² de terres.", Qualifier.Approximate)]
    [InlineData("fr", "La milice contrôle quelque 300 km² de terres.", Qualifier.Approximate)]
    [InlineData("fr", "La milice contrôle jusqu'à 300 km² de terres.", Qualifier.AtMost)]
    [InlineData("fr", "La milice contrôle moins de 300 km² de terres.", Qualifier.LessThan)]
    public void Extract_QualifierBeforeNumber_SetsQualifierAndBound(string language, string text, Qualifier expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(expected, claim.Qualifier);
        var value = expected switch
        {
            Qualifier.MoreThan or Qualifier.AtLeast => claim.Low,
            Qualifier.AtMost or Qualifier.LessThan => claim.High,
            _ => claim.Point,
        };
        Assert.Equal(300, value);
    }

    [Theory]
    [InlineData("en", "The regiment advanced 1 to 3 kilometers on Tuesday.", 1, 3)]
    [InlineData("en", "The regiment advanced between 2 and 4 kilometres on Tuesday.", 2, 4)]
    [InlineData("en", "The regiment advanced 10-15 km on Tuesday.", 10, 15)]
    [InlineData("en", "The regiment advanced from two to three kilometres on Tuesday.", 2, 3)]
    [InlineData("fr", "Le régiment a avancé d'un à deux kilomètres mardi.", 1, 2)]
    [InlineData("fr", "Le régiment a avancé de 3 à 5 kilomètres mardi.", 3, 5)]
    [InlineData("fr", "Le régiment a avancé entre 2 et 4 kilomètres mardi.", 2, 4)]
    public void Extract_Range_SetsLowAndHigh(string language, string text, double low, double high)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal("advance_depth", claim.Measure);
        Assert.Equal(Qualifier.Range, claim.Qualifier);
        Assert.Equal(low, claim.Low);
        Assert.Equal(high, claim.High);
    }
}
