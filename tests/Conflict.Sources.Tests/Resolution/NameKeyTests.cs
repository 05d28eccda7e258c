using Conflict.Sources.Resolution;

namespace Conflict.Sources.Tests.Resolution;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Sergueï Lavrov", "serguei lavrov")]
    [InlineData("  L'Express ", "lexpress")]
    [InlineData("L’Express", "lexpress")]
    [InlineData("LExpress", "lexpress")]
    [InlineData("Kiev's", "kiev")]
    [InlineData("Franz-Stefan Gady", "franz stefan gady")]
    [InlineData("RFE/RL", "rfe rl")]
    [InlineData("Зеленський", "zelenskiy")]
    [InlineData("Doğru Haber", "dogru haber")]
    public void Of_SpellingVariants_FoldsToOneKey(string text, string expected)
    {
        // Arrange
        // Act
        var key = NameKey.Of(text);
        // Assert
        Assert.Equal(expected, key);
    }

    [Fact]
    public void Tokens_FrenchElision_SplitsTheArticle()
    {
        // Arrange
        const string text = "l’autorité régionale";
        // Act
        var tokens = NameKey.Tokens(text, splitApostrophes: true);
        // Assert
        Assert.Equal(["l", "autorite", "regionale"], tokens);
    }
}
