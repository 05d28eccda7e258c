using Conflict.Sources.Tests.Support;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Sources.Tests.Transport;

/// <summary>ResolveSource and BatchResolveSources over the imported demo catalog, with the seed and gold spellings listed in <see cref="SeedSpellings"/>.</summary>
public sealed class ResolveTests(CatalogHost host) : IClassFixture<CatalogHost>
{
    [Fact]
    public async Task BatchResolveSources_EverySeedSpelling_ResolvesToItsSource()
    {
        // Arrange
        var client = host.Client();
        var request = new BatchResolveSourcesRequest();
        request.Requests.AddRange(SeedSpellings.InSeeds.Select(s => new ResolveSourceRequest { Text = s.Text, Language = s.Language }));
        // Act
        var response = await client.BatchResolveSourcesAsync(request);
        // Assert
        var wrong = SeedSpellings.InSeeds.Zip(response.Responses)
            .Where(pair => pair.Second.Match?.Source != "sources/" + pair.First.SourceId || pair.Second.Text != pair.First.Text)
            .Select(pair => $"{pair.First.Text} -> {pair.Second.Match?.Source ?? "nothing"}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task ResolveSource_EveryGoldSpelling_ResolvesToItsSource()
    {
        // Arrange
        var client = host.Client();
        var wrong = new List<string>();
        // Act
        foreach (var (text, id) in SeedSpellings.InGold)
        {
            var response = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = text });
            if (response.Match?.Source != "sources/" + id)
            {
                wrong.Add($"{text} -> {response.Match?.Source ?? "nothing"}");
            }
        }
        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task ResolveSource_TitleAndTransliteration_MatchWithConfidenceAndAlias()
    {
        // Arrange
        var client = host.Client();
        // Act
        var response = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = "le président Zelenskyi", Language = "fr" });
        // Assert
        Assert.Equal("sources/ua-president", response.Match.Source);
        Assert.Equal("Volodymyr Zelensky", response.Match.DisplayName);
        Assert.InRange(response.Match.Confidence, 0.5, 0.99);
        Assert.False(response.Ambiguous);
    }

    [Fact]
    public async Task ResolveSource_TheAgencyWithPublisher_ResolvesThePublisher()
    {
        // Arrange
        var client = host.Client();
        // Act
        var response = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = "the agency", Language = "en", Publisher = "Agence France-Presse" });
        // Assert
        Assert.Equal("sources/afp", response.Match?.Source);
    }

    [Fact]
    public async Task ResolveSource_SharedSurname_IsAmbiguousWithCandidates()
    {
        // Arrange
        var client = host.Client();
        var tag = TestSources.Unique();
        var surname = "Quorvash" + tag[..4];
        var one = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Person("Ilya " + surname, "RU", "ru") });
        var two = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Person("Marta " + surname, "UA", "ua") });
        // Act
        var response = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = surname, Language = "en" });
        // Assert
        Assert.True(response.Ambiguous);
        Assert.Null(response.Match);
        Assert.Equal(new[] { one.Name, two.Name }.Order(StringComparer.Ordinal), response.Candidates.Select(c => c.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ResolveSource_AfterDeleteAndUndelete_FollowsTheCatalog()
    {
        // Arrange
        var client = host.Client();
        var name = "Zyrkon Wire " + TestSources.Unique();
        var created = await client.CreateSourceAsync(new CreateSourceRequest { Source = TestSources.Body(name, SourceKind.NewsAgency, "FR") });
        var before = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = name });
        // Act
        await client.DeleteSourceAsync(new DeleteSourceRequest { Name = created.Name });
        var deleted = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = name });
        await client.UndeleteSourceAsync(new UndeleteSourceRequest { Name = created.Name });
        var restored = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = name });
        // Assert
        Assert.Equal(created.Name, before.Match?.Source);
        Assert.Null(deleted.Match);
        Assert.Equal(created.Name, restored.Match?.Source);
    }

    [Fact]
    public async Task ResolveSource_UnknownName_ReturnsNoMatchAndNoCandidates()
    {
        // Arrange
        var client = host.Client();
        // Act
        var response = await client.ResolveSourceAsync(new ResolveSourceRequest { Text = "Nobody Anyone Knows", Language = "en" });
        // Assert
        Assert.Null(response.Match);
        Assert.Empty(response.Candidates);
    }
}
