namespace Conflict.Extraction.Tests;

/// <summary>Relative dates resolve against the publication date, Wednesday 15 May 2024.</summary>
public sealed class DateTests
{
    [Theory]
    [InlineData("en", "On Tuesday the army said it had captured 12 villages.", "2024-05-14")]
    [InlineData("en", "The army said on Wednesday that it had captured 12 villages.", "2024-05-15")]
    [InlineData("en", "The army said yesterday that it had captured 12 villages.", "2024-05-14")]
    [InlineData("en", "The army said on May 3 that it had captured 12 villages.", "2024-05-03")]
    [InlineData("en", "The army said on 3 March 2023 that it had captured 12 villages.", "2023-03-03")]
    [InlineData("en", "In mid-February, the army said it had captured 12 villages.", "2024-02-15")]
    [InlineData("en", "The army said two days ago that it had captured 12 villages.", "2024-05-13")]
    [InlineData("fr", "Lundi, l'armée a affirmé avoir pris 12 villages.", "2024-05-13")]
    [InlineData("fr", "L'armée a affirmé hier avoir pris 12 villages.", "2024-05-14")]
    [InlineData("fr", "L'armée a affirmé le 3 mars avoir pris 12 villages.", "2024-03-03")]
    [InlineData("fr", "À la mi-février, l'armée affirmait avoir pris 12 villages.", "2024-02-15")]
    [InlineData("fr", "Mi-février, l'armée affirmait avoir pris 12 villages.", "2024-02-15")]
    [InlineData("en", "The army said on Feb. 3 that it had captured 12 villages.", "2024-02-03")]
    public void Extract_DateInSentence_SetsAsOf(string language, string text, string expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), claim.AsOfEnd);
    }

    [Theory]
    [InlineData("en", "The army said it had gained 400 km2 since January 1.")]
    [InlineData("fr", "L'armée affirme avoir gagné 400 km² depuis le 1er janvier.")]
    public void Extract_Since_GivesPeriodAndFlowMeasure(string language, string text)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(("area_gained", new DateOnly(2024, 1, 1), ExtractionFixture.Wednesday), (claim.Measure, claim.AsOfStart, claim.AsOfEnd));
    }

    [Theory]
    [InlineData("en", "The offensive began on May 1 near Sumy.\nAfter ten days of fighting, Russian forces claimed 30 villages.", "2024-05-11")]
    [InlineData("en", "The offensive began on May 1 near Sumy.\nA week after the assault began, Russian forces claimed 30 villages.", "2024-05-08")]
    [InlineData("fr", "L'offensive a commencé le 1er mai près de Soumy.\nAprès dix jours de combats, les forces russes revendiquent 30 villages conquis.", "2024-05-11")]
    public void Extract_DurationAfterDocumentDate_CountsFromThatDate(string language, string text, string expected)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), claim.AsOfEnd);
    }

    [Theory]
    [InlineData("en", "The army said it had taken 640 prisoners since Feb. 8.", "2024-02-08")]
    [InlineData("en", "The army said 640 civilians had been killed since January.", "2024-01-01")]
    [InlineData("fr", "Au moins 640 civils ont été tués depuis janvier, selon l'armée.", "2024-01-01")]
    [InlineData("fr", "Au moins 640 civils ont été tués depuis mercredi dernier, selon l'armée.", "2024-05-08")]
    [InlineData("en", "At least 640 civilians have been killed since last Wednesday, the army said.", "2024-05-08")]
    public void Extract_SinceAbbreviatedOrMonth_StartsThePeriod(string language, string text, string start)
    {
        // Act
        var claims = ExtractionFixture.Extract(text, language);
        // Assert: one claim (the day of "Feb. 8" is no figure), over the period from that day to publication
        var claim = Assert.Single(claims);
        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), ExtractionFixture.Wednesday), (claim.AsOfStart, claim.AsOfEnd));
    }
}
