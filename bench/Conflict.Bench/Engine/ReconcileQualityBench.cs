using System.Diagnostics;
using System.Globalization;
using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Engine.Synthetic;

namespace Conflict.Bench.Engine;

/// <summary>`reconcile-quality [variables] [claims per variable] [seed]`: error and 90% coverage of every method on
/// synthetic timelines with known truth.</summary>
internal static class ReconcileQualityBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var variables = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 600;
        var claims = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20240806;
        var data = TimelineGenerator.Generate(variables, claims, sources: 120, seed: seed);
        var inputs = data.Select(d => d.Input).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconcile-quality: {variables} variables, {inputs.Sum(v => v.Claims.Count)} claims, 120 sources, seed {seed}"));
        Console.WriteLine("method        points       MAE   relMAE  medRel  cover90  relWidth   seconds");
        var scores = new Dictionary<Method, TimelineScore>();
        foreach (var method in new[] { Method.Mean, Method.Median, Method.MajorityVote, Method.Crh, Method.TruthFinder, Method.DawidSkene, Method.StateSpace })
        {
            var watch = Stopwatch.StartNew();
            var result = Reconciler.ReconcileAll(inputs, new ReconcileOptions { Method = method });
            var score = TimelineScore.Of(data, result.Variables);
            scores[method] = score;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{method,-12} {score.Points,7} {score.Mae,9:F2} {score.RelativeMae,8:F4} {score.MedianRelative,7:F4} {score.Coverage,8:F3} {score.MeanWidth,9:F3} {watch.Elapsed.TotalSeconds,9:F2}"));
        }
        var ratio = scores[Method.StateSpace].Mae / scores[Method.Median].Mae;
        var relRatio = scores[Method.StateSpace].RelativeMae / scores[Method.Median].RelativeMae;
        var coverage = scores[Method.StateSpace].Coverage;
        var ok = ratio <= 0.6 && coverage is >= 0.85 and <= 0.95;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"StateSpace/Median: MAE ratio {ratio:F3} (target <= 0.6), relMAE ratio {relRatio:F3}; coverage {coverage:F3} (target 0.85..0.95): {(ok ? "PASS" : "FAIL")}"));
        return Task.FromResult(ok ? 0 : 1);
    }
}
