using System.Globalization;
using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Engine.Synthetic;

namespace Conflict.Bench.Engine;

/// <summary>`series-quality [series] [seed]`: time series whose truth becomes known after the last claim, like a
/// poll average judged on election day. Many sources with house effects and heavy-tailed errors, values of both
/// signs (a margin) or large positive ones (a count), the truth day 0 to 21 days after the last claim. Prints the
/// error on the truth day of the timeline (read through that day) against the plain average of all claims and of
/// the last 30 days' claims, and the coverage of its 50/80/90/95% intervals. This generator is separate from the
/// one the model was designed with (<see cref="TimelineGenerator"/>) and is not tuned on.</summary>
internal static class SeriesQualityBench
{
    private static readonly double[] Masses = [0.5, 0.8, 0.9, 0.95];

    public static Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1207;
        Console.WriteLine($"series-quality: {count} series per kind, seed {seed}");
        Console.WriteLine("kind      series  MAE model  MAE mean-all  MAE mean-30d  ratio  cover50  cover80  cover90  cover95");
        var worst = 0.0;
        foreach (var kind in new[] { "margin", "count" })
        {
            var random = new Random(seed + kind.Length);
            var series = Enumerable.Range(0, count).Select(i => Make(random, kind, i)).ToList();
            var inputs = series.Select(s => s.Input).ToList();
            var model = Reconciler.Learn(inputs);
            double errModel = 0, errAll = 0, errRecent = 0;
            var covered = new int[Masses.Length];
            foreach (var s in series)
            {
                for (var m = 0; m < Masses.Length; m++)
                {
                    var options = new ReconcileOptions { Through = s.TruthDay, CredibleMass = Masses[m] };
                    var point = Reconciler.ReconcileVariable(s.Input, model, options).At(s.TruthDay)!;
                    covered[m] += point.Low <= s.Truth && s.Truth <= point.High ? 1 : 0;
                    errModel += m == 0 ? Math.Abs(point.Estimate - s.Truth) : 0;
                }
                var values = s.Input.Claims.Select(c => c.Quantity!.Point!.Value).ToList();
                var last = s.Input.Claims.Max(c => c.End);
                var recent = s.Input.Claims.Where(c => c.End.DayNumber > last.DayNumber - 30).Select(c => c.Quantity!.Point!.Value).ToList();
                errAll += Math.Abs(values.Average() - s.Truth);
                errRecent += Math.Abs(recent.Average() - s.Truth);
            }
            var ratio = errModel / Math.Min(errAll, errRecent);
            worst = Math.Max(worst, ratio);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-8} {count,7} {errModel / count,10:G4} {errAll / count,13:G4} {errRecent / count,13:G4} {ratio,6:F3} {string.Join("", covered.Select(c => $"{(double)c / count,9:F3}"))}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"series-quality: worst MAE ratio to the better plain average {worst:F3}"));
        return Task.FromResult(0);
    }

    private sealed record Series(VariableInput Input, DateOnly TruthDay, double Truth);

    /// <summary>One series: a random walk observed by 8 to 30 sources, each with a house effect and its own noise,
    /// with 5% gross errors.</summary>
    private static Series Make(Random random, string kind, int index)
    {
        var margin = kind == "margin";
        var start = new DateOnly(2024, 1, 1);
        var days = 60 + random.Next(120);
        var level = margin ? random.Uniform(-8, 8) : random.Uniform(200, 20000);
        var daily = margin ? random.Uniform(0.05, 0.3) : random.Uniform(0.002, 0.02);
        var truth = new double[days + 22];
        for (var d = 0; d < truth.Length; d++)
        {
            level = margin ? level + daily * random.Gaussian() : level * Math.Exp(daily * random.Gaussian());
            truth[d] = level;
        }
        var sources = 8 + random.Next(23);
        var house = Enumerable.Range(0, sources).Select(_ => (margin ? 1.5 : 0.08) * random.Gaussian()).ToArray();
        var noise = Enumerable.Range(0, sources).Select(_ => random.Uniform(0.5, 2) * (margin ? 1.5 : 0.06)).ToArray();
        var claims = new List<ClaimInput>();
        var n = 20 + random.Next(100);
        for (var c = 0; c < n; c++)
        {
            var s = random.Next(sources);
            var day = random.Next(days);
            var error = random.NextDouble() < 0.05 ? 4 * noise[s] * random.StudentT(3) : noise[s] * random.Gaussian();
            var value = margin ? truth[day] + house[s] + error : truth[day] * Math.Exp(house[s] + error);
            value = margin ? Math.Round(value, 1) : Math.Round(value);
            claims.Add(new ClaimInput
            {
                Id = $"s{index}-c{c}", Claimant = $"{kind}-source-{index % 7}-{s}", From = start.AddDays(day), Quantity = Quantity.Exact(value),
            });
        }
        var lastDay = claims.Max(c => c.End.DayNumber) - start.DayNumber;
        var truthDay = lastDay + random.Next(22);
        var spec = new VariableSpec { Key = $"{kind}/-/S{index}", Measure = kind, Kind = MeasureKind.Level };
        return new Series(new VariableInput(spec, claims), start.AddDays(truthDay), truth[truthDay]);
    }
}
