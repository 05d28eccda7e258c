namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>CRH (Li et al., SIGMOD 2014): alternately estimate truths by weighted median (numbers) and weighted
/// vote (categories), and source weights w = -log(loss share), losses normalised by each object's spread and
/// averaged per claim so that sources with missing claims are comparable.</summary>
internal static class CrhSolver
{
    /// <summary>Runs CRH over claims (object, source, number or category); returns truths and source weights.</summary>
    public static (double[] Numbers, int[] Categories, double[] Weights) Run(
        int objects, int sources, int[] obj, int[] src, double[] number, int[] category, int iterations = 10)
    {
        var weights = new double[sources];
        Array.Fill(weights, 1.0);
        var byObject = Group(objects, obj);
        var spread = Spreads(byObject, number);
        var numbers = new double[objects];
        var categories = new int[objects];
        for (var it = 0; it < iterations; it++)
        {
            Estimate(byObject, src, number, category, weights, numbers, categories);
            UpdateWeights(obj, src, number, category, spread, numbers, categories, weights);
        }
        Estimate(byObject, src, number, category, weights, numbers, categories);
        return (numbers, categories, weights);
    }

    /// <summary>Claim indices per object.</summary>
    internal static List<int>[] Group(int objects, int[] obj)
    {
        var byObject = new List<int>[objects];
        for (var o = 0; o < objects; o++)
        {
            byObject[o] = [];
        }
        for (var i = 0; i < obj.Length; i++)
        {
            byObject[obj[i]].Add(i);
        }
        return byObject;
    }

    private static double[] Spreads(List<int>[] byObject, double[] number)
    {
        var spread = new double[byObject.Length];
        for (var o = 0; o < byObject.Length; o++)
        {
            double sum = 0, sq = 0;
            var n = 0;
            foreach (var i in byObject[o])
            {
                if (!double.IsNaN(number[i]))
                {
                    sum += number[i];
                    sq += number[i] * number[i];
                    n++;
                }
            }
            spread[o] = n > 1 ? Math.Sqrt(Math.Max(sq / n - sum / n * (sum / n), 0)) : 0;
        }
        return spread;
    }

    private static void Estimate(List<int>[] byObject, int[] src, double[] number, int[] category, double[] weights, double[] numbers, int[] categories)
    {
        var votes = new Dictionary<int, double>();
        var values = new List<(double Value, double Weight)>();
        for (var o = 0; o < byObject.Length; o++)
        {
            votes.Clear();
            values.Clear();
            foreach (var i in byObject[o])
            {
                if (double.IsNaN(number[i]))
                {
                    votes[category[i]] = votes.GetValueOrDefault(category[i]) + weights[src[i]];
                }
                else
                {
                    values.Add((number[i], weights[src[i]]));
                }
            }
            numbers[o] = WeightedMedian(values);
            categories[o] = votes.Count == 0 ? -1 : votes.MaxBy(kv => (kv.Value, -kv.Key)).Key;
        }
    }

    /// <summary>The weighted median (lower median on ties); NaN when empty.</summary>
    internal static double WeightedMedian(List<(double Value, double Weight)> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort((a, b) => a.Value.CompareTo(b.Value));
        double total = 0;
        foreach (var (_, w) in values)
        {
            total += w;
        }
        double cumulative = 0;
        foreach (var (v, w) in values)
        {
            cumulative += w;
            if (cumulative >= total / 2)
            {
                return v;
            }
        }
        return values[^1].Value;
    }

    private static void UpdateWeights(int[] obj, int[] src, double[] number, int[] category, double[] spread,
        double[] numbers, int[] categories, double[] weights)
    {
        var loss = new double[weights.Length];
        var count = new double[weights.Length];
        for (var i = 0; i < obj.Length; i++)
        {
            var o = obj[i];
            if (double.IsNaN(number[i]))
            {
                loss[src[i]] += category[i] == categories[o] ? 0 : 1;
            }
            else
            {
                loss[src[i]] += spread[o] > 0 ? Math.Abs(number[i] - numbers[o]) / spread[o] : 0;
            }
            count[src[i]] += 1;
        }
        double total = 0;
        for (var s = 0; s < loss.Length; s++)
        {
            loss[s] = count[s] > 0 ? loss[s] / count[s] + 1e-6 : 0;
            total += loss[s];
        }
        for (var s = 0; s < loss.Length; s++)
        {
            weights[s] = count[s] > 0 && total > 0 ? Math.Max(-Math.Log(loss[s] / total), 1e-3) : 1;
        }
    }
}
