using Conflict.Reconciliation.Engine;
using Conflict.Testing;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class KurskTests
{
    private const string Area = "area_controlled/ua/RU-KRS";

    [SharedCorpusFact(KurskCorpus.Table)]
    public void ReconcileAll_KurskFacts_AreaRisesInAugustAndFallsByMarch()
    {
        // Arrange
        var inputs = KurskCorpus.Load();
        // Act
        var result = Reconciler.ReconcileAll(inputs, new ReconcileOptions { DailyGrid = true });
        var area = result.Variables.Single(v => v.Key == Area);
        // Assert
        var early = area.At(new DateOnly(2024, 8, 11))!;
        var late = area.At(new DateOnly(2024, 8, 27))!;
        var march = area.At(new DateOnly(2025, 3, 16))!;
        Assert.True(late.Estimate > early.Estimate, $"{late.Estimate} > {early.Estimate}");
        Assert.True(march.Estimate < late.Estimate / 3, $"{march.Estimate} < {late.Estimate}/3");
    }

    [SharedCorpusFact(KurskCorpus.Table)]
    public void ReconcileAll_KurskFacts_DiscountsUkrainianFiguresOnAugust13()
    {
        // Arrange
        var inputs = KurskCorpus.Load();
        // Act
        var result = Reconciler.ReconcileAll(inputs, new ReconcileOptions { DailyGrid = true });
        var area = result.Variables.Single(v => v.Key == Area);
        var syrskyi = result.Sources.Single(s => s.Source == "Oleksandr Syrskyi" && s.Measure is null);
        var zelensky = result.Sources.Single(s => s.Source == "Volodymyr Zelensky" && s.Measure is null);
        // Assert
        var day = area.At(new DateOnly(2024, 8, 13))!;
        Assert.True(day.Estimate < 1000, $"estimate {day.Estimate}");
        Assert.True(syrskyi.Bias > 0, syrskyi.Summary);
        Assert.True(zelensky.Bias > 0, zelensky.Summary);
    }
}
