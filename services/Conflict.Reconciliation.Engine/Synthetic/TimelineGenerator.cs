namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>Synthetic timelines with known truth: levels and running totals, sources with different noise and
/// partisan biases, rounding, bounds, vague figures, stale (lagged) reports, period statements and relays.</summary>
internal static class TimelineGenerator
{
    private static readonly DateOnly Start = new(2024, 8, 1);
    private static readonly string[] Parties = ["ua", "ru"];

    /// <summary>Generates <paramref name="variables"/> variables with about <paramref name="claimsPerVariable"/> claims each.</summary>
    public static List<SyntheticVariable> Generate(int variables, double claimsPerVariable, int sources, int seed, int days = 180)
    {
        var random = new Random(seed);
        var pool = Sources(random, sources);
        var cumulative = new double[pool.Count];
        for (var i = 0; i < pool.Count; i++)
        {
            cumulative[i] = (i == 0 ? 0 : cumulative[i - 1]) + pool[i].Activity;
        }
        var list = new List<SyntheticVariable>(variables);
        for (var v = 0; v < variables; v++)
        {
            list.Add(Variable(random, v, pool, cumulative, claimsPerVariable, days));
        }
        return list;
    }

    private static List<SyntheticSource> Sources(Random random, int count)
    {
        var list = new List<SyntheticSource>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = random.NextDouble();
            string? alignment = kind < 0.3 ? null : kind < 0.65 ? "ua" : "ru";
            var sloppy = random.NextDouble() < 0.1;
            var noise = sloppy ? random.Uniform(0.3, 0.5) : alignment is null ? random.Uniform(0.03, 0.12) : random.Uniform(0.05, 0.25);
            var partisan = alignment is null ? 0 : random.Uniform(0.0, 0.35);
            list.Add(new SyntheticSource($"source-{i:D4}", alignment, noise, random.Gaussian() * 0.03, partisan,
                Math.Exp(random.Gaussian()), random.Uniform(0, 0.3)));
        }
        return list;
    }

    private static SyntheticVariable Variable(Random random, int index, List<SyntheticSource> pool, double[] cumulative, double claimsPerVariable, int days)
    {
        var (measure, kind, polarity, party) = Measure(random);
        var scale = Math.Exp(random.Uniform(Math.Log(20), Math.Log(50000)));
        var truth = kind == MeasureKind.Level ? TruthPaths.Level(random, days, scale) : TruthPaths.Cumulative(random, days, scale);
        var spec = new VariableSpec
        {
            Key = $"{measure}/{party ?? "-"}/X-{index:D5}", Measure = measure, Kind = kind, Party = party, Polarity = polarity,
        };
        var n = Math.Max(2, (int)Math.Round(claimsPerVariable * random.Uniform(0.5, 1.5)));
        var claims = new List<ClaimInput>(n * 2);
        for (var c = 0; c < n; c++)
        {
            var source = pool[random.Pick(cumulative)];
            AddStatement(random, claims, spec, source, truth, $"{spec.Key}/{c}");
        }
        return new SyntheticVariable(new VariableInput(spec, claims), Start, truth);
    }

    private static (string Measure, MeasureKind Kind, int Polarity, string? Party) Measure(Random random)
    {
        var party = Parties[random.Next(2)];
        return random.Next(6) switch
        {
            0 => ("area_controlled", MeasureKind.Level, 1, party),
            1 => ("localities_controlled", MeasureKind.Level, 1, party),
            2 => ("people_displaced", MeasureKind.Level, 0, null),
            3 => ("prisoners_taken", MeasureKind.Cumulative, 1, party),
            4 => ("military_losses", MeasureKind.Cumulative, -1, party),
            _ => ("civilians_killed", MeasureKind.Cumulative, 0, null),
        };
    }

    private static void AddStatement(Random random, List<ClaimInput> claims, VariableSpec spec, SyntheticSource source, double[] truth, string key)
    {
        var day = random.Next(truth.Length);
        var lag = random.NextDouble() < source.LagProbability ? random.Next(1, 8) : 0;
        var period = spec.Kind == MeasureKind.Level && random.NextDouble() < 0.04 ? random.Next(3, 15) : 0;
        var seen = truth[Math.Max(day - lag - period / 2, 0)];
        var direction = Timeline.VariablePreparer.Direction(spec, source.Alignment);
        var perceived = Math.Exp(Math.Log(1 + seen) + source.Bias + direction * source.Partisan + source.Noise * random.Gaussian()) - 1;
        var quantity = StatementMaker.State(random, Math.Max(perceived, 0));
        var relays = random.NextDouble() < 0.35 ? random.Next(1, 6) : 0;
        for (var r = 0; r <= relays; r++)
        {
            claims.Add(new ClaimInput
            {
                Id = $"{key}/{r}", Claimant = source.Name, Alignment = source.Alignment, StatementKey = key,
                Reporter = r == 0 ? null : $"outlet-{random.Next(50)}",
                From = Start.AddDays(Math.Max(day - period, 0)), To = Start.AddDays(day), Quantity = quantity,
            });
        }
    }
}
