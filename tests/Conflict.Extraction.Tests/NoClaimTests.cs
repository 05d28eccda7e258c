namespace Conflict.Extraction.Tests;

public sealed class NoClaimTests
{
    [Theory]
    [InlineData("en", "The 45-year-old soldier said he lives 30 km from the city.")]
    [InlineData("en", "A sign showed the town of Lgov 70 kilometers away.")]
    [InlineData("en", "The war began in 2022 and the village was shelled in 2023.")]
    [InlineData("en", "Residents can call 044 123 45 67 for help.")]
    [InlineData("en", "Top 10 villages to visit after the war")]
    [InlineData("en", "A vehicle carrying about 10 men drove past the checkpoint.")]
    [InlineData("en", "Inna, 50, said her village had been shelled for weeks.")]
    [InlineData("en", "Published at 6:40 p.m. on Monday.")]
    [InlineData("en", "The deal is worth $5 billion, the minister said.")]
    [InlineData("en", "We lost ten positions, not ten villages, the commander said.")]
    [InlineData("fr", "Un habitant de 68 ans raconte que son village se trouve à 12 km de la ville.")]
    [InlineData("fr", "La guerre a commencé en 2022.")]
    [InlineData("fr", "Appelez le 06 12 34 56 78 pour plus d'informations.")]
    [InlineData("fr", "Le Top 10 des villes les plus visitées")]
    [InlineData("fr", "Le village se trouve à 15 kilomètres de la frontière.")]
    [InlineData("en", "Three prisoners confirmed that they had served in the same regiment, the army said.")]
    [InlineData("fr", "Deux prisonniers ont confirmé qu'ils servaient dans le même régiment.")]
    public void Extract_SentenceWithoutClaim_ReturnsNothing(string language, string text)
    {
        // Act
        var claims = ExtractionFixture.Extract(text, language);

        // Assert
        Assert.Empty(claims);
    }
}
