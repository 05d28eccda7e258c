using Conflict.Sources.Resolution;
using Conflict.Sources.V1;

namespace Conflict.Sources.Tests.Resolution;

/// <summary>The resolver on a small invented catalog: each reading of a name, ambiguity, and the publisher.</summary>
public sealed class SourceResolverTests
{
    private static readonly SourceResolver Resolver = new(
    [
        Source("north-gov", "Government of Northland", SourceKind.GovernmentBody, "UA", "", false, ("Northland", ""), ("Northern authorities", "en"), ("les autorités du Nord", "fr")),
        Source("north-army", "Northland Defence Forces", SourceKind.Military, "UA", "north-gov", false),
        Source("north-staff", "Northland General Staff", SourceKind.Military, "UA", "north-army", false),
        Source("marek", "Ivan Marekovsky", SourceKind.Military, "UA", "north-army", true, ("Ivan Marekovskyi", "en")),
        Source("south-gov", "Government of Southland", SourceKind.GovernmentBody, "RU", "", false, ("Southcity", ""), ("the Citadel", "en")),
        Source("lenko-a", "Anna Petrenko", SourceKind.GovernmentBody, "UA", "north-gov", true),
        Source("lenko-b", "Boris Petrenko", SourceKind.GovernmentBody, "RU", "south-gov", true),
        Source("wire", "Continental Wire", SourceKind.NewsAgency, "FR", "", false, ("CW", "")),
    ]);

    [Theory]
    [InlineData("Ivan Marekovsky", "marek", 1.0)]
    [InlineData("IVAN MAREKOVSKY", "marek", 1.0)]
    [InlineData("Ivan Marekovskiy", "marek", 0.92)]
    [InlineData("Marekovskyj", "marek", 0.85)]
    [InlineData("General Marekovsky", "marek", 0.85)]
    [InlineData("le général Ivan Marekovsky", "marek", 0.95)]
    [InlineData("the Citadel", "south-gov", 1.0)]
    [InlineData("Citadel", "south-gov", 1.0)]
    [InlineData("Northland General Staff source", "north-staff", 0.88)]
    [InlineData("Continental Wire (citing officials)", "wire", 0.95)]
    public void Resolve_NameReading_MatchesWithConfidence(string text, string expected, double confidence)
    {
        // Arrange
        // Act
        var result = Resolver.Resolve(text, "en", "");
        // Assert
        Assert.False(result.Ambiguous);
        Assert.Equal(expected, result.Match?.SourceId);
        Assert.Equal(confidence, result.Match!.Confidence, 3);
    }

    [Theory]
    [InlineData("Ukrainian authorities", "north-gov")]
    [InlineData("les autorités ukrainiennes", "north-gov")]
    [InlineData("an unnamed Ukrainian colonel", "north-army")]
    [InlineData("Russian officials", "south-gov")]
    public void Resolve_CollectiveName_MatchesTopBodyOfCountry(string text, string expected)
    {
        // Arrange
        // Act
        var result = Resolver.Resolve(text, "", "");
        // Assert
        Assert.Equal(expected, result.Match?.SourceId);
    }

    [Fact]
    public void Resolve_SharedSurname_IsAmbiguousWithBothCandidates()
    {
        // Arrange
        // Act
        var result = Resolver.Resolve("Petrenko", "en", "");
        // Assert
        Assert.True(result.Ambiguous);
        Assert.Null(result.Match);
        Assert.Equal(["lenko-a", "lenko-b"], result.Candidates.Select(c => c.SourceId).Order());
    }

    [Fact]
    public void Resolve_SharedSurnameAfterNationality_PrefersThatCountry()
    {
        // Arrange
        // Act
        var result = Resolver.Resolve("Russian minister Petrenko", "en", "");
        // Assert
        Assert.Equal("lenko-b", result.Match?.SourceId);
        Assert.Equal("lenko-a", Assert.Single(result.Candidates).SourceId);
    }

    [Fact]
    public void Resolve_TheAgency_ResolvesThePublisher()
    {
        // Arrange
        // Act
        var result = Resolver.Resolve("the agency", "en", "CW");
        // Assert
        Assert.Equal("wire", result.Match?.SourceId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Someone Unknown")]
    [InlineData("the agency")]
    public void Resolve_NoSuchName_ReturnsNothing(string text)
    {
        // Arrange
        // Act
        var result = Resolver.Resolve(text, "en", "");
        // Assert
        Assert.Null(result.Match);
        Assert.Empty(result.Candidates);
        Assert.False(result.Ambiguous);
    }

    private static ResolvableSource Source(string id, string name, SourceKind kind, string country, string parent, bool person, params (string Name, string Language)[] aliases)
        => new(id, name, kind, country, parent, person, [new ResolvableName(name, ""), .. aliases.Select(a => new ResolvableName(a.Name, a.Language))]);
}
