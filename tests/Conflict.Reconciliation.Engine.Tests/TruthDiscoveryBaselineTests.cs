using System.Globalization;
using Conflict.Reconciliation.Engine.Baselines;
using Conflict.Reconciliation.Engine.Fusing;

namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>TruthFinder and Dawid-Skene on small examples worked by hand.</summary>
public sealed class TruthDiscoveryBaselineTests
{
    private static double Number(FusionResult result, string key) =>
        double.Parse(result.Values.Single(v => v.ObjectKey == key).Value, CultureInfo.InvariantCulture);

    [Fact]
    public void TruthFinder_NearValuesSupportEachOther_TheLoneFarValueLoses()
    {
        // Arrange: first iteration by hand, trust 0.9 so every score is -ln(0.1) = 2.303. Similarity 100~101 is
        // exp(-10/101) = 0.906, 100~500 and 101~500 exp(-8) = 0.0003. Adjusted: 100 and 101 get
        // 2.303 + 0.5 * 2.303 * ((0.906 - 0.5) + (0.0003 - 0.5)) = 2.195, 500 gets 2.303 + 0.5 * 2.303 * 2 * (0.0003 - 0.5) = 1.152.
        // Confidence 1 / (1 + e^(-0.3 * score)): 0.659 against 0.585, so 500 loses and its source's trust drops.
        FusionRow[] rows = [new("x", "s1", "100"), new("x", "s2", "101"), new("x", "s3", "500")];
        // Act
        var result = Fusion.Fuse(rows, Method.TruthFinder);
        // Assert
        Assert.InRange(Number(result, "x"), 100, 101);
        var trust = result.Sources.ToDictionary(s => s.Source, s => s.Weight);
        Assert.True(trust["s3"] < trust["s1"], $"s3 {trust["s3"]} s1 {trust["s1"]}");
        Assert.InRange(trust["s3"], 0.5, 0.585); // 0.585 after the first iteration, lower once s1 and s2 are trusted more
    }

    [Fact]
    public void TruthFinder_TrustEarnedElsewhere_DecidesATie()
    {
        // Arrange: s1 agrees with s2 on three objects where s3 dissents; on the last one s1 and s3 are alone.
        var rows = new List<FusionRow>();
        foreach (var o in new[] { "a", "b", "c" })
        {
            rows.AddRange([new(o, "s1", "yes"), new(o, "s2", "yes"), new(o, "s3", "no")]);
        }
        rows.AddRange([new("d", "s1", "left"), new("d", "s3", "right")]);
        // Act
        var result = Fusion.Fuse(rows, Method.TruthFinder);
        // Assert
        Assert.Equal("left", result.Values.Single(v => v.ObjectKey == "d").Value);
    }

    [Fact]
    public void DawidSkene_ASourceThatSwapsTwoClasses_IsReadThroughItsConfusionMatrix()
    {
        // Arrange: s4 says c2 whenever the others say c1, and c1 whenever they say c2 (a swapped key). Its confusion
        // matrix learns pi[c1][c2] ~ 1, so its lone "c2" on the last object means c1, where a vote would say c2.
        var rows = new List<FusionRow>();
        for (var i = 0; i < 10; i++)
        {
            var (truth, swapped) = i % 2 == 0 ? ("c1", "c2") : ("c2", "c1");
            rows.AddRange([new($"o{i}", "s1", truth), new($"o{i}", "s2", truth), new($"o{i}", "s3", truth), new($"o{i}", "s4", swapped)]);
        }
        rows.Add(new("last", "s4", "c2"));
        // Act
        var dawidSkene = Fusion.Fuse(rows, Method.DawidSkene);
        var vote = Fusion.Fuse(rows, Method.MajorityVote);
        // Assert
        Assert.Equal("c1", dawidSkene.Values.Single(v => v.ObjectKey == "last").Value);
        Assert.Equal("c2", vote.Values.Single(v => v.ObjectKey == "last").Value);
    }

    [Fact]
    public void DefaultFusion_ASourceThatRotatesThreeClasses_IsReadThroughItsConfusionMatrix()
    {
        // Arrange: s4 says c2 for c1, c3 for c2 and c1 for c3, on enough objects that the learned prior weight lets its
        // matrix speak. On the last object s4 says c2 and two newcomers of unknown reliability split between c1 and
        // c3. A one-coin model only learns that s4 is wrong, which leaves c1 and c3 tied; the confusion matrix reads
        // s4's c2 as c1.
        string[] classes = ["c1", "c2", "c3"];
        var rows = new List<FusionRow>();
        for (var i = 0; i < 60; i++)
        {
            var (truth, rotated) = (classes[i % 3], classes[(i + 1) % 3]);
            rows.AddRange([new($"o{i}", "s1", truth), new($"o{i}", "s2", truth), new($"o{i}", "s3", truth), new($"o{i}", "s4", rotated)]);
        }
        rows.AddRange([new("last", "s4", "c2"), new("last", "s5", "c1"), new("last", "s6", "c3")]);
        // Act
        var result = Fusion.Fuse(rows);
        // Assert
        var last = result.Values.Single(v => v.ObjectKey == "last");
        Assert.Equal("c1", last.Value);
        Assert.True(last.Confidence > 0.8, $"{last.Confidence}");
    }

    [Fact]
    public void DefaultFusion_ValuesThatSourcesRepeatExactly_WinOverTheirAverage()
    {
        // Arrange: a census-like figure repeated exactly by two sources, and two stale or mistyped ones. The truth is one
        // of the figures, not a blend: the estimate is the repeated figure and the 90% interval is that point.
        var rows = new List<FusionRow>();
        for (var i = 0; i < 30; i++)
        {
            var census = (10_000 + 137 * i).ToString(CultureInfo.InvariantCulture);
            rows.AddRange([new($"town{i}", "bot", census), new($"town{i}", "editor", census),
                new($"town{i}", $"visitor{i}", (10_000 + 137 * i + 900 + i).ToString(CultureInfo.InvariantCulture))]);
        }
        // Act
        var result = Fusion.Fuse(rows);
        // Assert
        var town = result.Values.Single(v => v.ObjectKey == "town7");
        Assert.Equal(10_959, double.Parse(town.Value, CultureInfo.InvariantCulture));
        Assert.Equal(10_959, town.Low);
        Assert.Equal(10_959, town.High);
    }

    [Fact]
    public void DefaultFusion_MeasurementsThatNeverCoincide_KeepTheContinuousEstimate()
    {
        // Arrange: temperatures to a tenth of a degree; no two sources ever give the same figure.
        var rows = new List<FusionRow>();
        for (var i = 0; i < 30; i++)
        {
            foreach (var (source, error) in new[] { ("a", -0.4), ("b", 0.3), ("c", 0.1), ("d", -0.2) })
            {
                rows.Add(new($"day{i}", source, (20 + i * 0.5 + error + i % 3 * 0.01).ToString("0.00", CultureInfo.InvariantCulture)));
            }
        }
        // Act
        var result = Fusion.Fuse(rows);
        // Assert: the estimate lies strictly between the claims (a blend, not one source's figure), inside its interval.
        var day = result.Values.Single(v => v.ObjectKey == "day10");
        var estimate = double.Parse(day.Value, CultureInfo.InvariantCulture);
        Assert.InRange(estimate, 24.65, 25.25);
        Assert.DoesNotContain(estimate, rows.Where(r => r.ObjectKey == "day10").Select(r => double.Parse(r.Value, CultureInfo.InvariantCulture)));
        Assert.True(day.Low < estimate && estimate < day.High);
    }

    [Theory]
    [InlineData(4262, 1)]
    [InlineData(5000, 1000)]
    [InlineData(0.25, 0.01)]
    [InlineData(120.5, 0.1)]
    [InlineData(0, 1)]
    public void Resolution_OfAWrittenFigure_IsItsLastDigit(double value, double expected) =>
        Assert.Equal(expected, AgreementModel.Resolution(value), 12);

    [Fact]
    public void CategoryLabels_SameNameAnyCase_IsOneLabel()
    {
        var labels = new CategoryLabels();
        Assert.Equal(labels.Of("RU"), labels.Of(" ru "));
        Assert.NotEqual(labels.Of("ru"), labels.Of("ua"));
        Assert.Equal("RU", labels.Name(labels.Of("ru")));
    }
}
