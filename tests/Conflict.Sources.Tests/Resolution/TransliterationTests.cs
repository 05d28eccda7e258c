using Conflict.Sources.Resolution;

namespace Conflict.Sources.Tests.Resolution;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("zelensky", "zelenskyy")]
    [InlineData("zelensky", "zelenskyj")]
    [InlineData("zelensky", "zelenskiy")]
    [InlineData("zelensky", "zelenski")]
    [InlineData("syrsky", "syrskyi")]
    [InlineData("kiev", "kyiv")]
    [InlineData("putin", "poutine")]
    [InlineData("kursk", "koursk")]
    [InlineData("alexei smirnov", "aleksei smirnov")]
    [InlineData("franz stefan gady", "franz stephan gadi")]
    [InlineData("moscow", "moscou")]
    public void Skeleton_TransliterationVariants_AreEqual(string one, string other)
    {
        // Arrange
        // Act
        var first = Transliteration.Skeleton(one);
        var second = Transliteration.Skeleton(other);
        // Assert
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("putin", "podolyak")]
    [InlineData("podoliak", "podolyaka")]
    [InlineData("kyiv", "kharkiv")]
    public void Skeleton_DifferentNames_StayDifferent(string one, string other)
    {
        // Arrange
        // Act
        var first = Transliteration.Skeleton(one);
        var second = Transliteration.Skeleton(other);
        // Assert
        Assert.NotEqual(first, second);
    }
}
