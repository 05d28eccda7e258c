namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>Mean, median and majority vote per object (categories always by majority).</summary>
internal static class SimpleAggregates
{
    /// <summary>Aggregates claims per object with the given method.</summary>
    public static (double[] Numbers, int[] Categories) Run(int objects, int[] obj, double[] number, int[] category, Method method)
    {
        var byObject = CrhSolver.Group(objects, obj);
        var numbers = new double[objects];
        var categories = new int[objects];
        var values = new List<double>();
        var votes = new Dictionary<int, int>();
        for (var o = 0; o < objects; o++)
        {
            values.Clear();
            votes.Clear();
            foreach (var i in byObject[o])
            {
                if (double.IsNaN(number[i]))
                {
                    votes[category[i]] = votes.GetValueOrDefault(category[i]) + 1;
                }
                else
                {
                    values.Add(number[i]);
                }
            }
            numbers[o] = Aggregate(values, method);
            categories[o] = votes.Count == 0 ? -1 : votes.MaxBy(kv => (kv.Value, -kv.Key)).Key;
        }
        return (numbers, categories);
    }

    /// <summary>The aggregate of a list of numbers (NaN when empty).</summary>
    public static double Aggregate(List<double> values, Method method)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        return method switch
        {
            Method.Mean => values.Average(),
            Method.MajorityVote => Mode(values),
            _ => values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2,
        };
    }

    private static double Mode(List<double> sorted)
    {
        // Most frequent value; among equally frequent values, the middle one (so ties fall back to a median).
        var best = 0;
        var run = 1;
        var candidates = new List<double> { sorted[0] };
        for (var i = 1; i <= sorted.Count; i++)
        {
            if (i < sorted.Count && sorted[i] == sorted[i - 1])
            {
                run++;
                continue;
            }
            if (run > best)
            {
                best = run;
                candidates.Clear();
            }
            if (run == best)
            {
                candidates.Add(sorted[i - 1]);
            }
            run = 1;
        }
        return candidates[candidates.Count / 2];
    }
}
