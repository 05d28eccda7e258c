using Conflict.Sources.Resolution;
using Conflict.Sources.Tests.Support;
using Conflict.Testing;

namespace Conflict.Sources.Tests.Resolution;

/// <summary>
/// The resolver over demo/sources.json (without a database), against the names of the seed articles, the gold and the
/// facts table; the tests that read the shared corpus itself run only where it is present.
/// </summary>
public sealed class CatalogResolutionTests
{
    private static readonly SourceResolver Resolver = new(Catalog.Resolvable());

    [Fact]
    public void Resolve_EverySeedSpelling_ResolvesToItsSource()
    {
        // Act
        var wrong = SeedSpellings.InSeeds
            .Select(s => (s.Text, s.SourceId, Got: Resolver.Resolve(s.Text, s.Language, "").Match?.SourceId))
            .Where(r => r.Got != r.SourceId)
            .ToList();
        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public void Resolve_EveryGoldSpelling_ResolvesToItsSource()
    {
        // Act
        var wrong = SeedSpellings.InGold
            .Select(s => (s.Text, s.SourceId, Got: Resolver.Resolve(s.Text, "", "").Match?.SourceId))
            .Where(r => r.Got != r.SourceId)
            .ToList();
        // Assert
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("UN", "en")]
    [InlineData("service d'urgence de l'État ukrainien", "fr")]
    [InlineData("russe", "fr")]
    public void Resolve_NamesOfOtherBodies_DoNotResolveToADifferentSource(string text, string language)
    {
        // Act
        var result = Resolver.Resolve(text, language, "");
        // Assert
        Assert.True(result.Match is null, $"{text} -> {result.Match?.SourceId} via {result.Match?.MatchedName}");
    }

    [SharedCorpusFact(SeedSpellings.Seeds)]
    public void SeedSpellings_EverySeedSpelling_OccursInTheSeedArticles()
    {
        // Arrange
        var seeds = SeedSpellings.SeedText();
        // Act
        var missing = SeedSpellings.InSeeds.Where(s => !seeds.Contains(s.Text, StringComparison.OrdinalIgnoreCase)).Select(s => s.Text).ToList();
        // Assert
        Assert.Empty(missing);
    }

    [SharedCorpusFact(SeedSpellings.Gold)]
    public void SeedSpellings_EveryGoldSpelling_IsAGoldClaimant()
    {
        // Arrange
        var gold = SeedSpellings.GoldClaimants();
        // Act
        var missing = SeedSpellings.InGold.Where(s => !gold.Contains(s.Text)).Select(s => s.Text).ToList();
        // Assert
        Assert.Empty(missing);
    }

    [SharedCorpusFact(SeedSpellings.Facts)]
    public void Resolve_EveryFactsClaimantAndReporter_ResolvesToOneSource()
    {
        // Arrange
        var (claimants, reporters) = SeedSpellings.FactsNames();
        // Act
        var unresolved = claimants.Concat(reporters).Where(name => !Resolves(name)).Order().ToList();
        // Assert
        Assert.Empty(unresolved);
    }

    [Theory]
    [InlineData("Mikhail Murashko (Russian health minister)", "murashko")]
    [InlineData("Pentagon (Sabrina Singh)", "pentagon")]
    [InlineData("UK Ministry of Defence (Defence Intelligence)", "uk-mod")]
    [InlineData("Ukrainian General Staff source", "ua-general-staff")]
    [InlineData("Unnamed Ukrainian colonel", "afu")]
    [InlineData("South Korean military", "kr-military")]
    [InlineData("Valery Gerasimov", "gerasimov")]
    [InlineData("Alexei Smirnov", "smirnov")]
    [InlineData("Kursk regional authorities", "kursk-authorities")]
    [InlineData("les autorités russes", "ru-government")]
    [InlineData("UK Ministry of Defence", "uk-mod")]
    [InlineData("MoD", "uk-mod")]
    [InlineData("Kiev", "ua-government")]
    [InlineData("Governor Khinshtein", "khinshtein")]
    public void Resolve_FactsClaimant_ResolvesToExpectedSource(string text, string expected)
    {
        // Arrange
        // Act
        var result = Resolver.Resolve(text, "", "");
        // Assert
        Assert.Equal(expected, result.Match?.SourceId);
    }

    /// <summary>A name resolves, or each part of a joint byline ("Reuters/TASS") does.</summary>
    private static bool Resolves(string name)
        => Resolver.Resolve(name, "", "").Match is not null
           || (name.Contains('/', StringComparison.Ordinal) && name.Split('/').All(part => Resolver.Resolve(part, "", "").Match is not null));
}
