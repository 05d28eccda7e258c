namespace Conflict.Reconciliation.Engine.Baselines;

/// <summary>
/// Dawid and Skene, "Maximum likelihood estimation of observer error-rates using the EM algorithm", Applied
/// Statistics 28(1), 1979: each source has a full confusion matrix pi[true][said] and the classes a prior; EM from
/// the majority vote's proportions. Labels are shared across objects (class c3 means the same on every object). Cells
/// get one pseudo-count each (Laplace smoothing), the usual guard against a zero probability from a sparse source.
/// Numbers are left to the median, which is what the method has for them.
/// </summary>
internal static class DawidSkeneSolver
{
    private const double PseudoCount = 1;

    public static (double[] Numbers, int[] Categories, double[] Weights) Run(int objects, int sources, int[] obj, int[] src, double[] number, int[] label, int iterations = 50)
    {
        var (numbers, _) = SimpleAggregates.Run(objects, obj, number, label, Method.Median);
        var classes = label.Length == 0 ? 0 : label.Max() + 1;
        var weights = new double[sources];
        var categories = new int[objects];
        Array.Fill(categories, -1);
        if (classes == 0)
        {
            Array.Fill(weights, 1.0);
            return (numbers, categories, weights);
        }
        var posterior = VoteShares(objects, obj, number, label, classes);
        var (prior, confusion) = (new double[classes], new double[sources, classes, classes]);
        for (var it = 0; it < iterations; it++)
        {
            (prior, confusion) = MaximisationStep(posterior, obj, src, number, label, sources, classes);
            posterior = ExpectationStep(objects, obj, src, number, label, prior, confusion);
        }
        for (var o = 0; o < objects; o++)
        {
            categories[o] = posterior[o] is { } p ? Array.IndexOf(p, p.Max()) : -1;
        }
        for (var s = 0; s < sources; s++)
        {
            weights[s] = Enumerable.Range(0, classes).Sum(j => prior[j] * confusion[s, j, j]);
        }
        return (numbers, categories, weights);
    }

    private static double[]?[] VoteShares(int objects, int[] obj, double[] number, int[] label, int classes)
    {
        var shares = new double[]?[objects];
        for (var i = 0; i < obj.Length; i++)
        {
            if (double.IsNaN(number[i]))
            {
                (shares[obj[i]] ??= new double[classes])[label[i]]++;
            }
        }
        foreach (var share in shares.OfType<double[]>())
        {
            var total = share.Sum();
            for (var j = 0; j < classes; j++)
            {
                share[j] /= total;
            }
        }
        return shares;
    }

    private static (double[] Prior, double[,,] Confusion) MaximisationStep(double[]?[] posterior, int[] obj, int[] src, double[] number, int[] label, int sources, int classes)
    {
        var prior = new double[classes];
        foreach (var p in posterior.OfType<double[]>())
        {
            for (var j = 0; j < classes; j++)
            {
                prior[j] += p[j];
            }
        }
        var total = prior.Sum();
        for (var j = 0; j < classes; j++)
        {
            prior[j] = (prior[j] + 1) / (total + classes);
        }
        var counts = new double[sources, classes, classes];
        for (var i = 0; i < obj.Length; i++)
        {
            if (double.IsNaN(number[i]) && posterior[obj[i]] is { } p)
            {
                for (var j = 0; j < classes; j++)
                {
                    counts[src[i], j, label[i]] += p[j];
                }
            }
        }
        for (var s = 0; s < sources; s++)
        {
            for (var j = 0; j < classes; j++)
            {
                var row = PseudoCount * classes;
                for (var l = 0; l < classes; l++)
                {
                    row += counts[s, j, l];
                }
                for (var l = 0; l < classes; l++)
                {
                    counts[s, j, l] = (counts[s, j, l] + PseudoCount) / row;
                }
            }
        }
        return (prior, counts);
    }

    private static double[]?[] ExpectationStep(int objects, int[] obj, int[] src, double[] number, int[] label, double[] prior, double[,,] confusion)
    {
        var classes = prior.Length;
        var log = new double[]?[objects];
        for (var i = 0; i < obj.Length; i++)
        {
            if (!double.IsNaN(number[i]))
            {
                continue;
            }
            var row = log[obj[i]] ??= [.. prior.Select(p => Math.Log(p))];
            for (var j = 0; j < classes; j++)
            {
                row[j] += Math.Log(confusion[src[i], j, label[i]]);
            }
        }
        foreach (var row in log.OfType<double[]>())
        {
            var max = row.Max();
            var sum = 0.0;
            for (var j = 0; j < classes; j++)
            {
                row[j] = Math.Exp(row[j] - max);
                sum += row[j];
            }
            for (var j = 0; j < classes; j++)
            {
                row[j] /= sum;
            }
        }
        return log;
    }
}
