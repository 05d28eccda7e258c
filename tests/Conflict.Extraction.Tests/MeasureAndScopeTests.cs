namespace Conflict.Extraction.Tests;

public sealed class MeasureAndScopeTests
{
    [Theory]
    [InlineData("en", "Ukrainian forces captured 12 villages in the Kursk region.", "localities_controlled", "ua", "RU-KRS")]
    [InlineData("en", "Russian forces have seized 5 settlements in the Sumy region.", "localities_controlled", "ru", "UA-59")]
    [InlineData("en", "Kiev's troops now hold 9 towns near Sudzha.", "localities_controlled", "ua", "RU-KRS")]
    [InlineData("fr", "Les troupes de Kiev contrôlent 300 km² dans la région de Koursk.", "area_controlled", "ua", "RU-KRS")]
    [InlineData("fr", "Les forces russes ont pris 4 localités dans la région de Soumy.", "localities_controlled", "ru", "UA-59")]
    [InlineData("fr", "L'armée russe a repris 6 villes dans la région de Koursk.", "localities_controlled", "ru", "RU-KRS")]
    [InlineData("en", "Kyiv says 150 Russian soldiers were taken prisoner near Kursk.", "prisoners_taken", "ua", "RU-KRS")]
    [InlineData("fr", "Kiev affirme que 120 soldats russes ont été faits prisonniers à Koursk.", "prisoners_taken", "ua", "RU-KRS")]
    [InlineData("en", "Russia has deployed 50,000 troops to the Kursk region.", "troops_deployed", "ru", "RU-KRS")]
    [InlineData("fr", "La Russie a déployé 50 000 soldats dans la région de Koursk.", "troops_deployed", "ru", "RU-KRS")]
    [InlineData("en", "More than 2,000 people were evacuated from Sumy.", "people_displaced", "", "UA-59")]
    [InlineData("fr", "Plus de 2 000 personnes ont été évacuées de Soumy.", "people_displaced", "", "UA-59")]
    [InlineData("en", "The general said Russian losses stood at 1,200 soldiers near Kursk.", "military_losses", "ru", "RU-KRS")]
    [InlineData("en", "Three aid workers were killed in Sumy on Monday.", "aid_workers_killed", "", "UA-59")]
    [InlineData("en", "Ukrainian forces have killed, injured, or captured 1,219 Russian soldiers in the Kursk region.", "military_losses", "ru", "RU-KRS")]
    [InlineData("fr", "Les pertes nord-coréennes s'élèvent à plus de 4 000 tués et blessés dans la région de Koursk.", "military_losses", "kp", "RU-KRS")]
    [InlineData("en", "The clashes killed 120 government soldiers in Sudan.", "military_killed", "sd", "SD")]
    [InlineData("en", "The clashes killed 80 RSF fighters in Sudan.", "military_killed", "rsf", "SD")]
    [InlineData("fr", "Le bilan compte 336 combattants druzes tués en Syrie.", "military_killed", "druze", "SY")]
    [InlineData("fr", "Le bilan compte 342 membres des forces de sécurité tués en Syrie.", "military_killed", "sy", "SY")]
    public void Extract_TriggerWords_GiveMeasureAndScope(string language, string text, string measure, string party, string place)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal((measure, party, place), (claim.Measure, claim.Party, claim.Place));
    }

    [Theory]
    [InlineData("en", "At least 4 civilians were killed and 11 injured in Sumy.")]
    [InlineData("fr", "Au moins 4 civils ont été tués et 11 blessés à Soumy.")]
    public void Extract_KilledAndInjured_TwoMeasures(string language, string text)
    {
        // Act
        var claims = ExtractionFixture.Extract(text, language);

        // Assert
        Assert.Collection(claims,
            killed => Assert.Equal(("civilians_killed", 4.0, "UA-59"), (killed.Measure, killed.Low!.Value, killed.Place)),
            injured => Assert.Equal(("civilians_injured", 11.0, "UA-59"), (injured.Measure, injured.Point!.Value, injured.Place)));
    }

    [Fact]
    public void Extract_LossOfLocalities_HolderIsTheOtherSide()
    {
        // Act
        var claim = ExtractionFixture.Single("Moscow acknowledged the loss of 6 villages in the Kursk region.");

        // Assert
        Assert.Equal(("localities_controlled", "ua", "Moscow"), (claim.Measure, claim.Party, claim.ClaimantText));
    }

    [Fact]
    public void Extract_ThisRegion_PointsBackToTheLastRegionOfThatCountry()
    {
        // Arrange
        const string text = "Shelling hit the Sumy region again. Officials in Kursk were silent.\n"
            + "In this Ukrainian region, which borders Kursk, at least 3,000 civilians are being evacuated.";

        // Act
        var claim = ExtractionFixture.Single(text);

        // Assert
        Assert.Equal(("people_displaced", "UA-59"), (claim.Measure, claim.Place));
    }
}
