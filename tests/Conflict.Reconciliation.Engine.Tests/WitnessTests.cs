namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>What counts as one witness on a timeline.</summary>
public sealed class WitnessTests
{
    [Fact]
    public void Reconcile_OneClaimantTwoWordingsTwoOutlets_IsOneWitnessWithTheMorePreciseFigure()
    {
        // Arrange: Zelensky's "1,250 km2" relayed by AFP and his "more than 1,250" relayed by Reuters, the same day.
        var both = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("zelensky", "ua", 8, Quantity.Exact(1250), key: "afp-1", reporter: "AFP"),
            Claims.Make("zelensky", "ua", 8, Quantity.MoreThan(1250), key: "reuters-7", reporter: "Reuters"));
        var exactOnly = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("zelensky", "ua", 8, Quantity.Exact(1250), key: "afp-1", reporter: "AFP"));
        // Act
        var point = Reconciler.ReconcileVariable(both, SourceModel.Empty, ReconcileOptions.Default).Timeline.Single();
        var single = Reconciler.ReconcileVariable(exactOnly, SourceModel.Empty, ReconcileOptions.Default).Timeline.Single();
        // Assert: counted once, and the interval is no narrower than with the one exact statement alone.
        Assert.Equal(1, point.IndependentStatements);
        Assert.Equal(single.Estimate, point.Estimate, 6);
        Assert.Equal(single.High - single.Low, point.High - point.Low, 6);
    }

    [Fact]
    public void Reconcile_TwoClaimantsSameFigureSameDay_AreTwoWitnesses()
    {
        // Arrange
        var variable = Claims.Variable("area_controlled/ua/X", MeasureKind.Level,
            Claims.Make("zelensky", "ua", 8, Quantity.Exact(1250)), Claims.Make("syrskyi", "ua", 8, Quantity.Exact(1250)));
        // Act
        var point = Reconciler.ReconcileVariable(variable, SourceModel.Empty, ReconcileOptions.Default).Timeline.Single();
        // Assert
        Assert.Equal(2, point.IndependentStatements);
    }
}
