using System.Diagnostics;
using System.Globalization;
using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Engine.Synthetic;

namespace Conflict.Bench.Engine;

/// <summary>`fuse-quality`: every fusion method on synthetic mixed data sets with known truth, plus the shared
/// scorer (`../shared/tools/score_fusion.py`, beside the repository in CI) run on the default method's TSV output
/// where it is present; elsewhere one line says it was skipped.</summary>
internal static class FuseQualityBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var failures = 0;
        foreach (var scenario in new[] { FusionGenerator.Weather(2014), FusionGenerator.MixedScale(2015) })
        {
            Console.WriteLine($"fuse-quality: {scenario.Name}: {scenario.Rows.Count} claims, {scenario.Truth.Count} objects, " +
                $"{scenario.Rows.Select(r => r.Source).Distinct().Count()} sources");
            Console.WriteLine("method          n_num        MAE    relMAE  cover90  n_cat  error_rate");
            var scores = new Dictionary<Method, FusionScore>();
            FusionResult? best = null;
            foreach (var method in new[] { Method.Mean, Method.Median, Method.MajorityVote, Method.Crh, Method.TruthFinder, Method.DawidSkene, Method.StateSpace })
            {
                var result = Fusion.Fuse(scenario.Rows, method);
                best = method == Method.StateSpace ? result : best;
                var s = FusionScore.Of(scenario.Truth, result);
                scores[method] = s;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{method,-12} {s.Numeric,8} {s.Mae,10:G4} {s.RelativeMae,9:F4} {s.Coverage,8:F3} {s.Categorical,6} {s.ErrorRate,11:F4}"));
            }
            var d = scores[Method.StateSpace];
            var c = scores[Method.Crh];
            var beats = d.Mae < c.Mae && d.ErrorRate <= c.ErrorRate;
            failures += beats ? 0 : 1;
            Console.WriteLine($"StateSpace vs CRH: {(beats ? "better on MAE and error rate" : "NOT better")}");
            foreach (var source in best!.Sources.Where(s => s.DependsOn is not null))
            {
                Console.WriteLine($"  dependence detected: {source.Source} shares many false values with {source.DependsOn}");
            }
            await ScoreWithSharedTool(scenario, best);
        }
        return failures == 0 ? 0 : 1;
    }

    private static async Task ScoreWithSharedTool(FusionScenario scenario, FusionResult result)
    {
        var dir = Directory.CreateTempSubdirectory("conflict-fuse-");
        var truthPath = Path.Combine(dir.FullName, "truth.tsv");
        var predPath = Path.Combine(dir.FullName, "pred.tsv");
        await File.WriteAllLinesAsync(truthPath, scenario.Truth.Select(kv => $"{kv.Key}\t{kv.Value}"));
        await File.WriteAllTextAsync(predPath, FusionTsv.Format(result.Values));
        var script = SharedFolder.Find(Path.Combine("tools", "score_fusion.py"));
        if (script is null)
        {
            Console.WriteLine("  score_fusion.py: SKIP (../shared/tools/score_fusion.py not found)");
            return;
        }
        using var process = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" --truth \"{truthPath}\" --pred \"{predPath}\"")
        {
            RedirectStandardOutput = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Console.WriteLine($"  score_fusion.py (StateSpace): {output.Trim()}");
        dir.Delete(true);
    }
}
