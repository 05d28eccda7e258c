using Conflict.Claims.Claims;

namespace Conflict.Claims.Tests.Domain;

/// <summary>
/// Statement keys are stored with every claim and compared with keys computed by later versions, so the function
/// must never change: these values were computed by the first version and pin it.
/// </summary>
public sealed class StatementKeysTests
{
    [Fact]
    public void For_ResolvedClaimantWithRange_KeepsTheKeyOfTheFirstVersion()
    {
        // Arrange
        var row = Row() with { Qualifier = 5, NormLow = 800, NormHigh = 1000.5, NormPoint = null };

        // Act
        var key = StatementKeys.For("sources/syrskyi", row);

        // Assert
        Assert.Equal("891a545d057f36725900ee9be541d416", key);
    }

    [Fact]
    public void For_ClaimantAsWrittenAndCategory_KeepsTheKeyOfTheFirstVersion()
    {
        // Arrange: spacing and case of the written name, subject and category do not matter; accents and Cyrillic do
        var row = Row() with { NormPoint = null, Subject = "  Soudja ", Category = " UA ", AsOfEndMs = 1_723_680_000_000 };

        // Act
        var key = StatementKeys.For("", row with { ClaimantText = "  Le  Ministère   de la défense  Руси " });
        var respaced = StatementKeys.For("", row with { ClaimantText = "le ministère de la DÉFENSE руси", Subject = "soudja", Category = "ua" });

        // Assert
        Assert.Equal("ebf9e5ed29dc79dfc6f157027e85f473", key);
        Assert.Equal(key, respaced);
    }

    [Fact]
    public void For_SameFigureInAnotherUnit_SameKeyAfterRoundingToNineDigits()
    {
        // Arrange: 1/3 of a unit written two ways that differ beyond the ninth significant digit
        var a = Row() with { NormPoint = 1.0 / 3.0 };
        var b = Row() with { NormPoint = 0.333333333333 };

        // Act / Assert
        Assert.Equal(StatementKeys.For("sources/x", a), StatementKeys.For("sources/x", b));
        Assert.NotEqual(StatementKeys.For("sources/x", a), StatementKeys.For("sources/y", a));
    }

    [Fact]
    public void For_WrittenNameWithPunctuation_KeepsTheKeyOfTheFirstVersion()
    {
        // Act
        var key = StatementKeys.For("", Row() with { ClaimantText = "Ministry:  Defence\tof\u00a0Russia, spokesman" });

        // Assert
        Assert.Equal("928e85778eb92850fa7b2c8f769d04c8", key);
    }

    private static ClaimRow Row() => new()
    {
        Id = "id",
        MeasureId = "area_controlled",
        Variable = "area_controlled/ua/RU-KRS",
        AsOfStartMs = 1_723_420_800_000,
        AsOfEndMs = 1_723_420_800_000,
        Qualifier = 2,
        NormPoint = 1000,
        StatementKey = "",
    };
}
