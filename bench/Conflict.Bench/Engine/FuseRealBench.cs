using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Conflict.Reconciliation.Engine;

namespace Conflict.Bench.Engine;

/// <summary>
/// <c>fuse-real</c>: every real truth-discovery set in ../shared/datasets (NAME.tsv with NAME.truth.tsv) times every
/// method. The truths are split in two halves by a hash of the object's name: <em>dev</em> is the half to look at while
/// changing the model, <em>held-out</em> the half to report. Fusion itself is unsupervised and sees every claim. Prints
/// MAE (numeric) or error rate (categorical) per half, 90% coverage, the default's ratio to the best baseline with a
/// paired-bootstrap interval of the difference on the held-out half, and the default's calibration at 50/80/90/95%.
/// </summary>
internal static class FuseRealBench
{
    private static readonly Method[] Baselines = [Method.Mean, Method.Median, Method.MajorityVote, Method.Crh, Method.TruthFinder, Method.DawidSkene];
    private static readonly double[] Levels = [0.5, 0.8, 0.9, 0.95];

    public static Task<int> RunAsync(string[] args)
    {
        var folder = SharedFolder.Find("datasets");
        if (folder is null)
        {
            Console.WriteLine("fuse-real: SKIP (../shared/datasets not found beside the repository)");
            return Task.FromResult(0);
        }
        foreach (var truthPath in Directory.GetFiles(folder, "*.truth.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(truthPath)[..^".truth.tsv".Length];
            var rows = FusionTsv.ParseClaims(File.ReadAllText(Path.Combine(folder, name + ".tsv")));
            var truth = File.ReadLines(truthPath).Skip(1).Select(l => l.Split('\t')).Where(p => p.Length >= 2)
                .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
            Report(name, rows, truth);
        }
        return Task.FromResult(0);
    }

    /// <summary>True for the held-out half: a stable hash of the object's name, the same on every machine and run.</summary>
    internal static bool IsHeldOut(string objectKey) => (SHA256.HashData(Encoding.UTF8.GetBytes(objectKey))[0] & 1) == 1;

    private static void Report(string name, List<FusionRow> rows, Dictionary<string, string> truth)
    {
        var dev = truth.Where(kv => !IsHeldOut(kv.Key)).ToDictionary(StringComparer.Ordinal);
        var held = truth.Where(kv => IsHeldOut(kv.Key)).ToDictionary(StringComparer.Ordinal);
        Console.WriteLine($"fuse-real {name}: {rows.Count} claims, {truth.Count} truths ({dev.Count} dev, {held.Count} held-out)");
        Console.WriteLine("  method        metric      dev   held-out        all  cover90");
        var scores = new Dictionary<Method, (FusionScore Dev, FusionScore Held, FusionScore All)>();
        var results = new Dictionary<Method, FusionResult>();
        foreach (var method in Baselines.Append(Method.StateSpace))
        {
            var result = results[method] = Fusion.Fuse(rows, method);
            var score = (FusionScore.Of(dev, result), FusionScore.Of(held, result), FusionScore.Of(truth, result));
            scores[method] = score;
            var numeric = score.Item3.Numeric > 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Label(method),-12} {(numeric ? "MAE" : "error"),-6} {Metric(score.Item1),10:G5} {Metric(score.Item2),10:G5} {Metric(score.Item3),10:G5} {score.Item3.Coverage,8:F3}"));
        }
        var best = Baselines.MinBy(m => Metric(scores[m].Held));
        var ratio = Metric(scores[Method.StateSpace].Held) / Metric(scores[best].Held);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  default / best baseline ({Label(best)}) on held-out: {ratio:F3}; on all: {Metric(scores[Method.StateSpace].All) / Metric(scores[best].All):F3}"));
        var (low, high) = PairedDifference(FusionScore.Losses(held, results[Method.StateSpace]), FusionScore.Losses(held, results[best]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  default - {Label(best)} on held-out, 90% paired-bootstrap interval of the difference: {low:G4} to {high:G4}{(high < 0 ? " (better)" : low > 0 ? " (worse)" : " (no clear difference)")}"));
        if (scores[Method.StateSpace].All.Numeric > 0)
        {
            var coverage = Levels.Select(level => FusionScore.Of(truth, Fusion.Fuse(rows, Method.StateSpace, level)).Coverage);
            Console.WriteLine("  calibration of the default: " + string.Join("  ", Levels.Zip(coverage, (l, c) => string.Create(CultureInfo.InvariantCulture, $"{l:P0} -> {c:F3}"))));
        }
    }

    /// <summary>90% interval of mean(a - b) over objects resampled with replacement (2,000 draws, fixed seed): how
    /// much of a difference between two methods is more than the luck of which objects have a truth. On population
    /// a handful of large cities carry most of the MAE.</summary>
    private static (double Low, double High) PairedDifference(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var differences = a.Keys.Where(b.ContainsKey).Select(k => a[k] - b[k]).ToArray();
        if (differences.Length == 0)
        {
            return (double.NaN, double.NaN);
        }
        var random = new Random(20241206);
        var means = new double[2000];
        for (var r = 0; r < means.Length; r++)
        {
            double sum = 0;
            for (var i = 0; i < differences.Length; i++)
            {
                sum += differences[random.Next(differences.Length)];
            }
            means[r] = sum / differences.Length;
        }
        Array.Sort(means);
        return (means[(int)(0.05 * means.Length)], means[(int)(0.95 * means.Length) - 1]);
    }

    private static double Metric(FusionScore s) => s.Numeric > 0 ? s.Mae : s.ErrorRate;

    private static string Label(Method method) => method == Method.StateSpace ? "default" : method.ToString();
}
