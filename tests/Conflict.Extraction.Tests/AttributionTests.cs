namespace Conflict.Extraction.Tests;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("en", "General Ivan Petrenko said his forces had taken 20 villages.", "Ivan Petrenko")]
    [InlineData("en", "The ministry claimed that its troops had captured 20 villages.", "ministry")]
    [InlineData("en", "A local official told Reuters that 12 civilians had been killed.", "local official")]
    [InlineData("en", "Moscow acknowledged on Monday that 20 villages had been lost.", "Moscow")]
    [InlineData("en", "\u201cWe hold 200 square kilometres,\u201d assured the commander, Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("en", "According to the regional governor, 9 civilians were killed.", "regional governor")]
    [InlineData("en", "The Defence Ministry announced that 400 soldiers had been deployed.", "Defence Ministry")]
    [InlineData("en", "Governor Ivan Petrenko wrote on Telegram that 3 civilians had been killed.", "Ivan Petrenko")]
    [InlineData("en", "Nine civilians were killed in the strike, the emergency service said.", "emergency service")]
    [InlineData("fr", "Le général Ivan Petrenko a déclaré que ses forces avaient pris 20 villages.", "Ivan Petrenko")]
    [InlineData("fr", "Selon Kiev, 20 villages ont été capturés.", "Kiev")]
    [InlineData("fr", "Le ministère affirme que 20 villages ont été capturés.", "ministère")]
    [InlineData("fr", "« Nous tenons 200 kilomètres carrés », a écrit Ivan Petrenko sur Telegram.", "Ivan Petrenko")]
    [InlineData("fr", "Moscou a reconnu lundi que 20 villages avaient été perdus.", "Moscou")]
    [InlineData("fr", "D'après les autorités régionales, 9 civils ont été tués.", "autorités régionales")]
    [InlineData("en", "The Centre for Civilian Monitoring said 14 civilians were killed.", "Centre for Civilian Monitoring")]
    [InlineData("en", "The health ministry in Gaza said 31 people had been killed.", "health ministry")]
    [InlineData("en", "Civilian death toll in Sumy passes 310, says regional governor", "regional governor")]
    [InlineData("fr", "Ainsi l'armée a publié son bilan, faisant état de 31 civils tués.", "armée")]
    [InlineData("fr", "Le gouvernement régional, qui contrôle la ville, a estimé que 31 civils avaient été tués.", "gouvernement régional")]
    [InlineData("fr", "Les frappes de lundi ont fait plus de 1.000 blessés, a déclaré le gouverneur Ivan Petrenko.", "Ivan Petrenko")]
    [InlineData("en", "The 93rd Brigade said 31 civilians had been killed.", "93rd Brigade")]
    [InlineData("en", "Two aid workers were killed in Sumy on Friday, according to their organization.", "their organization")]
    [InlineData("fr", "Au moins 31 personnes ont été tuées, selon les derniers chiffres de l'agence régionale.", "agence régionale")]
    public void Extract_AttributionFrame_GivesClaimant(string language, string text, string claimant)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);

        // Assert
        Assert.Equal(claimant, claim.ClaimantText);
    }

    [Fact]
    public void Extract_TitleAndPronoun_ResolveToLastNamedSpeaker()
    {
        // Arrange
        const string text = "President Olena Koval visited the front on Tuesday.\n"
            + "\u201cWe now control 50 villages. The enemy is retreating,\u201d the head of state said. "
            + "She also said that 300 enemy soldiers had been taken prisoner.";

        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Olena Koval", c.ClaimantText));
        Assert.Equal(["localities_controlled", "prisoners_taken"], claims.Select(c => c.Measure));
    }

    [Fact]
    public void Extract_FrenchTitle_ResolvesToNamedPresident()
    {
        // Arrange
        const string text = "Le président Marc Duval s'est rendu sur le front.\n« Nous contrôlons 40 villages », a déclaré le président.";

        // Act
        var claim = ExtractionFixture.Single(text, "fr");

        // Assert
        Assert.Equal("Marc Duval", claim.ClaimantText);
    }

    [Fact]
    public void Extract_CalculationsRelayedBySomeoneElse_KeepsClaimantAndReporterApart()
    {
        // Act
        var claim = ExtractionFixture.Single("According to calculations by the Border Institute relayed by Frontline News, Russian troops hold 700 km2.");

        // Assert
        Assert.Equal(("Border Institute", "Frontline News"), (claim.ClaimantText, claim.ReporterText));
    }

    [Fact]
    public void Extract_NoAttribution_PublisherIsClaimant()
    {
        // Act
        var claim = ExtractionFixture.Single("Rebel forces now occupy 20% of the country.");

        // Assert
        Assert.Equal("Test Wire", claim.ClaimantText);
    }

    [Fact]
    public void Extract_NextSentenceOfParagraph_InheritsAttribution()
    {
        // Arrange
        const string text = "The offensive forced 5,000 residents to flee, according to regional officials. So far, 14 civilians have been killed.";

        // Act
        var claims = ExtractionFixture.Extract(text);

        // Assert
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("regional officials", c.ClaimantText));
    }

    [Fact]
    public void Extract_QuotationThenNarrative_NarrativeStaysWithPublisher()
    {
        // Arrange
        const string text = "\u201cWe will not give up,\u201d said spokesman Ivan Petrenko, as rebels now occupy nearly 20% of the country.";

        // Act
        var claim = ExtractionFixture.Single(text);

        // Assert
        Assert.Equal("Test Wire", claim.ClaimantText);
    }

    [Theory]
    [InlineData("fr", "Le ministre ukrainien de la Santé, Ivan Petrenko, a parlé lundi. Le ministre a précisé que 31 civils avaient été tués.")]
    [InlineData("fr", "Ivan Petrenko a déclaré lundi que la situation restait grave. Au moins 31 civils ont été tués, a-t-il ajouté.")]
    [InlineData("en", "The Minister for Health, Ivan Petrenko, spoke on Monday. The minister said 31 civilians had been killed.")]
    public void Extract_TitleOrPronounLater_PointsBackToThePerson(string language, string text)
    {
        // Act
        var claim = ExtractionFixture.Single(text, language);
        // Assert
        Assert.Equal("Ivan Petrenko", claim.ClaimantText);
    }

    [Theory]
    [InlineData("General Ivan Petrenko told Reuters that 31 civilians had been killed.", "Reuters")]
    [InlineData("General Ivan Petrenko told ambassadors that 31 civilians had been killed.", "")]
    [InlineData("General Ivan Petrenko told a meeting of regional officials that 31 civilians had been killed.", "")]
    public void Extract_Told_OnlyAnOutletRelays(string text, string reporter)
    {
        // Act
        var claim = ExtractionFixture.Single(text);
        // Assert
        Assert.Equal(("Ivan Petrenko", reporter.Length > 0 ? reporter : "Test Wire"), (claim.ClaimantText, claim.ReporterText));
    }

    [Fact]
    public void Extract_TheStatementNoted_PointsBackToItsAuthor()
    {
        // Arrange
        const string Text = "The regional office said in a statement on Monday that the camp was emptying. "
            + "The statement also noted that 1,500 displaced people had arrived in Sumy.";
        // Act
        var claim = ExtractionFixture.Single(Text);
        // Assert
        Assert.Equal("regional office", claim.ClaimantText);
    }
}
