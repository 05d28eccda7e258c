using System.Diagnostics;
using System.Globalization;
using Conflict.Reconciliation.Engine;
using Conflict.Testing;

namespace Conflict.Reconciliation.Engine.Tests;

public sealed class FusionTests
{
    private static List<FusionRow> Population(string absurd) =>
    [
        new("Sudzha|population", "s1", "5000"), new("Sudzha|population", "s2", "5100"), new("Sudzha|population", "s3", "4950"),
        new("Sudzha|population", "s4", absurd), new("Sudzha|controller", "s1", "ru"), new("Sudzha|controller", "s2", "RU"),
        new("Sudzha|controller", "s3", "ua"),
    ];

    [Fact]
    public void Fuse_GrossOutlier_DoesNotMoveTheEstimate()
    {
        // Act
        var result = Fusion.Fuse(Population("1e15"));
        // Assert
        var population = result.Values.Single(v => v.ObjectKey == "Sudzha|population");
        Assert.True(population.IsNumeric);
        Assert.InRange(double.Parse(population.Value, CultureInfo.InvariantCulture), 4950, 5100);
        Assert.True(population.High < 6000, $"{population.High}");
    }

    [Fact]
    public void Fuse_MixedInput_FusesCategoriesCaseInsensitively()
    {
        // Act
        var result = Fusion.Fuse(Population("5050"));
        // Assert
        var controller = result.Values.Single(v => v.ObjectKey == "Sudzha|controller");
        Assert.False(controller.IsNumeric);
        Assert.Equal("ru", controller.Value);
        Assert.Null(controller.Low);
        Assert.InRange(controller.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData(Method.Mean)]
    [InlineData(Method.Median)]
    [InlineData(Method.MajorityVote)]
    [InlineData(Method.Crh)]
    [InlineData(Method.TruthFinder)]
    [InlineData(Method.DawidSkene)]
    public void Fuse_Baselines_ReturnEveryObject(Method method)
    {
        // Act
        var result = Fusion.Fuse(Population("5050"), method);
        // Assert
        Assert.Equal(2, result.Values.Count);
        Assert.Equal("ru", result.Values.Single(v => !v.IsNumeric).Value);
    }

    [SharedCorpusFact("tools/score_fusion.py")]
    public void FusionTsv_FormatThenScore_MatchesTheSharedScorer()
    {
        // Arrange
        var scenario = Synthetic.FusionGenerator.Weather(3);
        var result = Fusion.Fuse(scenario.Rows);
        var dir = Directory.CreateTempSubdirectory("engine-fuse-");
        var truth = Path.Combine(dir.FullName, "truth.tsv");
        var pred = Path.Combine(dir.FullName, "pred.tsv");
        File.WriteAllLines(truth, scenario.Truth.Select(kv => $"{kv.Key}\t{kv.Value}"));
        File.WriteAllText(pred, FusionTsv.Format(result.Values));
        var script = SharedCorpus.PathOf("tools/score_fusion.py");
        // Act
        using var process = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" --truth \"{truth}\" --pred \"{pred}\"")
        {
            RedirectStandardOutput = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        dir.Delete(true);
        // Assert
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("missing=0", output, StringComparison.Ordinal);
        var fields = output.Trim().Split(' ').Skip(1).Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        Assert.Equal(2000, int.Parse(fields["n_num"], CultureInfo.InvariantCulture));
        Assert.True(double.Parse(fields["coverage"], CultureInfo.InvariantCulture) > 0.8, output);
        Assert.True(double.Parse(fields["error_rate"], CultureInfo.InvariantCulture) < 0.3, output);
    }

    [Fact]
    public void FusionTsv_ParseClaims_SkipsHeaderAndComments()
    {
        // Arrange
        const string text = "object\tsource\tvalue\n# comment\nA\ts1\t12\r\nB\ts2\tred\n\n";
        // Act
        var rows = FusionTsv.ParseClaims(text);
        // Assert
        Assert.Equal([new FusionRow("A", "s1", "12"), new FusionRow("B", "s2", "red")], rows);
    }

    [Fact]
    public void FusionTsv_Format_LeavesCategoricalBoundsEmpty()
    {
        // Act
        var text = FusionTsv.Format([new FusedValue("A", "1.5", 1, 2, 0.9, true), new FusedValue("B", "red", null, null, 0.7, false)]);
        // Assert
        Assert.Equal("object\tvalue\tlow\thigh\nA\t1.5\t1\t2\nB\tred\t\t\n", text);
    }
}
