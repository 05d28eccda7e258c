namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>
/// TruthFinder (Yin, Han and Yu, "Truth discovery with multiple conflicting information providers on the web",
/// KDD 2007, section 3): a source's trust t is the mean confidence of the facts it states; a fact's confidence score is
/// the sum of its sources' trust scores -ln(1 - t), adjusted by the other facts about the same object through their
/// implication imp = sim - base_sim, then squashed by 1 / (1 + e^(-gamma * score)). The paper's constants: initial
/// trust 0.9, rho 0.5, gamma 0.3, base_sim 0.5, stop when the trust vector's cosine similarity changes by less than
/// 0.001. Similarity of two numbers, which the paper leaves to the data type, is exp(-10 * relative difference)
/// (1% apart: 0.90, 10% apart: 0.37); two different categories have similarity 0.
/// </summary>
internal static class TruthFinderSolver
{
    private const double InitialTrust = 0.9;
    private const double Rho = 0.5;
    private const double Gamma = 0.3;
    private const double BaseSimilarity = 0.5;
    private const double Tolerance = 0.001;

    public static (double[] Numbers, int[] Categories, double[] Weights) Run(int objects, int sources, int[] obj, int[] src, double[] number, int[] category)
    {
        var facts = Facts(objects, obj, number, category);
        var trust = new double[sources];
        Array.Fill(trust, InitialTrust);
        var confidence = facts.Select(f => new double[f.Length]).ToArray();
        for (var it = 0; it < 100; it++)
        {
            UpdateConfidence(facts, src, trust, confidence);
            var next = UpdateTrust(facts, src, confidence, sources);
            var change = 1 - Cosine(trust, next);
            trust = next;
            if (change < Tolerance)
            {
                break;
            }
        }
        UpdateConfidence(facts, src, trust, confidence);
        return Choose(facts, confidence, trust);
    }

    /// <summary>One distinct value of an object and the claims that state it.</summary>
    private sealed record Fact(double Number, int Category, List<int> Claims);

    private static Fact[][] Facts(int objects, int[] obj, double[] number, int[] category)
    {
        var facts = new List<Fact>[objects];
        for (var o = 0; o < objects; o++)
        {
            facts[o] = [];
        }
        for (var i = 0; i < obj.Length; i++)
        {
            var list = facts[obj[i]];
            var fact = list.Find(f => double.IsNaN(number[i]) ? f.Category == category[i] : f.Number.Equals(number[i]));
            if (fact is null)
            {
                fact = new Fact(number[i], category[i], []);
                list.Add(fact);
            }
            fact.Claims.Add(i);
        }
        return [.. facts.Select(l => l.ToArray())];
    }

    private static void UpdateConfidence(Fact[][] facts, int[] src, double[] trust, double[][] confidence)
    {
        foreach (var (objectFacts, o) in facts.Select((f, o) => (f, o)))
        {
            var score = objectFacts.Select(f => f.Claims.Sum(i => -Math.Log(Math.Max(1 - trust[src[i]], 1e-9)))).ToArray();
            for (var f = 0; f < objectFacts.Length; f++)
            {
                var adjusted = score[f];
                for (var g = 0; g < objectFacts.Length; g++)
                {
                    adjusted += g == f ? 0 : Rho * score[g] * (Similarity(objectFacts[g], objectFacts[f]) - BaseSimilarity);
                }
                confidence[o][f] = 1 / (1 + Math.Exp(-Gamma * adjusted));
            }
        }
    }

    private static double Similarity(Fact a, Fact b)
    {
        if (double.IsNaN(a.Number) || double.IsNaN(b.Number))
        {
            return a.Category == b.Category ? 1 : 0;
        }
        var scale = Math.Max(Math.Max(Math.Abs(a.Number), Math.Abs(b.Number)), 1e-12);
        return Math.Exp(-10 * Math.Abs(a.Number - b.Number) / scale);
    }

    private static double[] UpdateTrust(Fact[][] facts, int[] src, double[][] confidence, int sources)
    {
        var sum = new double[sources];
        var count = new double[sources];
        for (var o = 0; o < facts.Length; o++)
        {
            for (var f = 0; f < facts[o].Length; f++)
            {
                foreach (var i in facts[o][f].Claims)
                {
                    sum[src[i]] += confidence[o][f];
                    count[src[i]]++;
                }
            }
        }
        return [.. sum.Select((s, k) => count[k] > 0 ? s / count[k] : InitialTrust)];
    }

    private static double Cosine(double[] a, double[] b)
    {
        double ab = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.Sqrt(aa * bb) : 1;
    }

    private static (double[] Numbers, int[] Categories, double[] Weights) Choose(Fact[][] facts, double[][] confidence, double[] trust)
    {
        var numbers = new double[facts.Length];
        var categories = new int[facts.Length];
        for (var o = 0; o < facts.Length; o++)
        {
            (numbers[o], categories[o]) = (double.NaN, -1);
            if (facts[o].Length == 0)
            {
                continue;
            }
            var best = Enumerable.Range(0, facts[o].Length).MaxBy(f => confidence[o][f]);
            (numbers[o], categories[o]) = (facts[o][best].Number, facts[o][best].Category);
        }
        return (numbers, categories, trust);
    }
}
