using System.Globalization;

namespace Conflict.Reconciliation.Engine.Synthetic;

/// <summary>Synthetic static-fusion data: sources with different (linked) numeric noise and categorical accuracy,
/// biases, partial coverage, copiers that repeat another source's values, and gross outliers (unit mix-ups, 10^15).</summary>
internal static class FusionGenerator
{
    private static readonly string[] Conditions = ["sunny", "mostly sunny", "partly cloudy", "cloudy", "overcast", "showers", "rain", "thunderstorms", "snow", "fog"];

    /// <summary>Weather-like: 9 sources, temperatures (high, low) and conditions for cities and days (~16,000 claims).</summary>
    public static FusionScenario Weather(int seed)
    {
        var random = new Random(seed);
        var sources = SourceProfiles(random, 9, copiers: [(7, 2, 0.7), (8, 5, 0.6)], accuracyFloor: 0.1);
        var rows = new List<FusionRow>();
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var city = 0; city < 100; city++)
        {
            var climate = random.Uniform(30, 90);
            for (var day = 0; day < 10; day++)
            {
                var high = Math.Round(climate + random.Gaussian() * 8);
                var low = high - Math.Round(random.Uniform(8, 22));
                var condition = random.Next(Conditions.Length);
                var key = $"city{city:D3}|day{day}";
                AddNumeric(random, rows, truth, sources, $"{key}|high", high, 1.0, outlier: Fahrenheit);
                AddNumeric(random, rows, truth, sources, $"{key}|low", low, 1.0, outlier: Fahrenheit);
                AddCategory(random, rows, truth, sources, $"{key}|condition", condition, Conditions);
            }
        }
        return new FusionScenario("weather-like", rows, truth);
    }

    /// <summary>Mixed scales: populations from 10^3 to 10^7 (relative errors, absurd 10^15 values) and country codes.</summary>
    public static FusionScenario MixedScale(int seed)
    {
        var random = new Random(seed);
        var sources = SourceProfiles(random, 12, copiers: [(10, 1, 0.8), (11, 4, 0.7)], accuracyFloor: 0.45);
        var rows = new List<FusionRow>();
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] countries = ["fr", "de", "it", "es", "pl", "ua", "ro", "nl"];
        for (var place = 0; place < 1500; place++)
        {
            var population = Math.Round(Math.Exp(random.Uniform(Math.Log(1e3), Math.Log(1e7))));
            AddNumeric(random, rows, truth, sources, $"place{place:D4}|population", population, population * 0.02, outlier: Absurd);
            AddCategory(random, rows, truth, sources, $"place{place:D4}|country", random.Next(countries.Length), countries);
        }
        return new FusionScenario("mixed-scale", rows, truth);
    }

    private static double Fahrenheit(Random random, double x) => random.NextDouble() < 0.5 ? Math.Round((x - 32) / 1.8) : x * 10;

    private static double Absurd(Random random, double x) => random.NextDouble() < 0.5 ? 1e15 : x * 1000;

    private sealed record Profile(double Noise, double Bias, double Accuracy, double Coverage, int CopyOf, double CopyRate);

    private static Profile[] SourceProfiles(Random random, int count, (int Copier, int Original, double Rate)[] copiers, double accuracyFloor)
    {
        var profiles = new Profile[count];
        for (var s = 0; s < count; s++)
        {
            // One latent quality per source drives both its numeric noise and its categorical accuracy.
            var quality = random.NextDouble();
            var noise = 0.8 + 6 * Math.Pow(1 - quality, 2) + random.Uniform(0, 0.5);
            var accuracy = Math.Clamp(accuracyFloor + (0.9 - accuracyFloor) * quality + random.Gaussian() * 0.05, 0.2, 0.95);
            profiles[s] = new Profile(noise, random.Gaussian() * 0.6, accuracy, random.Uniform(0.55, 0.95), -1, 0);
        }
        foreach (var (copier, original, rate) in copiers)
        {
            profiles[copier] = profiles[copier] with { CopyOf = original, CopyRate = rate };
        }
        return profiles;
    }

    private static void AddNumeric(Random random, List<FusionRow> rows, Dictionary<string, string> truth, Profile[] sources,
        string key, double value, double unit, Func<Random, double, double> outlier)
    {
        truth[key] = value.ToString("R", CultureInfo.InvariantCulture);
        var said = new double[sources.Length];
        for (var s = 0; s < sources.Length; s++)
        {
            var p = sources[s];
            said[s] = value + unit * (p.Bias + p.Noise * random.StudentT(5));
            said[s] = unit == 1.0 ? Math.Round(said[s]) : Math.Round(said[s] / 10) * 10;
            if (random.NextDouble() < 0.01)
            {
                said[s] = outlier(random, value);
            }
        }
        Emit(random, rows, sources, key, s => said[s].ToString("R", CultureInfo.InvariantCulture));
    }

    private static void AddCategory(Random random, List<FusionRow> rows, Dictionary<string, string> truth, Profile[] sources,
        string key, int value, string[] names)
    {
        truth[key] = names[value];
        var said = new int[sources.Length];
        // Errors concentrate on a plausible neighbour, so independent wrong answers often coincide (as in real data).
        var confusable = (value + (random.NextDouble() < 0.5 ? 1 : names.Length - 1)) % names.Length;
        for (var s = 0; s < sources.Length; s++)
        {
            said[s] = random.NextDouble() < sources[s].Accuracy ? value
                : random.NextDouble() < 0.6 ? confusable : (value + random.Next(1, names.Length)) % names.Length;
        }
        Emit(random, rows, sources, key, s => names[said[s]]);
    }

    private static void Emit(Random random, List<FusionRow> rows, Profile[] sources, string key, Func<int, string> value)
    {
        for (var s = 0; s < sources.Length; s++)
        {
            var p = sources[s];
            if (random.NextDouble() > p.Coverage)
            {
                continue;
            }
            var copy = p.CopyOf >= 0 && random.NextDouble() < p.CopyRate;
            rows.Add(new FusionRow(key, $"source{s}", value(copy ? p.CopyOf : s)));
        }
    }
}
