using Conflict.Reconciliation.Engine;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class ConflictTests
{
    [Fact]
    public void ReconcileVariable_74Versus28OnConsecutiveDays_IsAConflict()
    {
        // Arrange
        var smirnov = Claims.Make("Smirnov", "ru", 0, Quantity.Exact(28));
        var zelensky = Claims.Make("Zelensky", "ua", 1, Quantity.Exact(74));
        var variable = Claims.Variable("localities_controlled/ua/RU-KRS", MeasureKind.Level, smirnov, zelensky);
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        var group = Assert.Single(result.Conflicts);
        Assert.Equal([smirnov.Id, zelensky.Id], group.ClaimIds.Order(StringComparer.Ordinal));
        Assert.True(group.Separation > 3);
        Assert.InRange(group.Ratio, 2.4, 2.7);
    }

    [Fact]
    public void ReconcileVariable_800VersusMoreThan1000_IsAConflict()
    {
        // Arrange
        var afp = Claims.Make("AFP", null, 0, Quantity.About(800));
        var syrskyi = Claims.Make("Syrskyi", "ua", 1, Quantity.MoreThan(1000));
        var variable = Claims.Variable("area_controlled/ua/RU-KRS", MeasureKind.Level, afp, syrskyi);
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        var group = Assert.Single(result.Conflicts);
        Assert.Equal(2, group.ClaimIds.Count);
    }

    [Fact]
    public void ReconcileVariable_74Then82Then92_IsNoConflict()
    {
        // Arrange: a fast advance reported consistently is not a contradiction.
        var variable = Claims.Variable("localities_controlled/ua/RU-KRS", MeasureKind.Level,
            Claims.Make("Zelensky", "ua", 1, Quantity.Exact(74)), Claims.Make("Syrskyi", "ua", 3, Quantity.Exact(82)),
            Claims.Make("Zelensky", "ua", 7, Quantity.Exact(92)));
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void ReconcileVariable_RangeAndCompatiblePoint_IsNoConflict()
    {
        // Arrange
        var variable = Claims.Variable("area_controlled/ua/RU-KRS", MeasureKind.Level,
            Claims.Make("UK MoD", null, 0, Quantity.Between(800, 900)), Claims.Make("ISW", null, 0, Quantity.About(850)));
        // Act
        var result = Reconciler.ReconcileVariable(variable, SourceModel.Empty);
        // Assert
        Assert.Empty(result.Conflicts);
    }
}
