using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>
/// Categorical reliability as in Dawid and Skene (1979): a confusion matrix per source, pi[true][said], over the
/// labels shared by all objects, and a prior over the true labels. Each row has a Dirichlet prior centred on the
/// source's one-coin accuracy a (a on the diagonal, the rest spread evenly), so a source with a handful of claims keeps
/// a sane matrix. How much the prior weighs (its concentration, in claims) is chosen from the data by empirical Bayes:
/// the value on a grid that maximises the Dirichlet-multinomial marginal likelihood of the expected counts. Sources
/// whose errors have a structure (they confuse 1 with 2, never with 4) get a weak prior and their own confusions;
/// sources that err evenly get a strong one, which is the one-coin model.
/// With more than <see cref="MaxLabels"/> labels (free text such as names) a matrix means nothing and would not fit
/// in memory: the model is then one-coin, right with probability a, wrong evenly.
/// </summary>
internal sealed class ConfusionModel(int sources, int labels)
{
    public const int MaxLabels = 10;
    private static readonly double[] Concentrations = [1, 2, 4, 8, 16, 32, 64, 128, 256, 1024];
    private readonly bool _full = labels is >= 2 and <= MaxLabels;
    private readonly double[] _logPrior = [.. Enumerable.Repeat(-Math.Log(Math.Max(labels, 1)), Math.Max(labels, 1))];
    private double[,,]? _logConfusion;

    /// <summary>Log probability that source s says <paramref name="said"/> when the truth is <paramref name="truth"/>.</summary>
    public double LogLikelihood(int s, int truth, int said, double accuracy, int choices)
    {
        if (_logConfusion is not null)
        {
            return _logConfusion[s, truth, said];
        }
        var a = Math.Clamp(accuracy, 0.01, 0.99);
        return truth == said ? Math.Log(a) : Math.Log((1 - a) / Math.Max(choices - 1, 1));
    }

    /// <summary>Log prior of a true label.</summary>
    public double LogPrior(int label) => _logConfusion is null ? 0 : _logPrior[label];

    /// <summary>M-step from expected counts[s, true, said] and the posterior mass of each true label.</summary>
    public void Fit(double[,,] counts, double[] labelMass, double[] accuracy)
    {
        if (!_full)
        {
            return;
        }
        var total = labelMass.Sum();
        for (var j = 0; j < labels; j++)
        {
            _logPrior[j] = Math.Log((labelMass[j] + 1) / (total + labels));
        }
        _logConfusion ??= new double[sources, labels, labels];
        var strength = Concentrations.MaxBy(k => LogEvidence(counts, accuracy, k));
        for (var s = 0; s < sources; s++)
        {
            for (var j = 0; j < labels; j++)
            {
                var row = strength + RowTotal(counts, s, j);
                for (var l = 0; l < labels; l++)
                {
                    _logConfusion[s, j, l] = Math.Log((counts[s, j, l] + strength * PriorMean(accuracy[s], j, l)) / row);
                }
            }
        }
    }

    /// <summary>Log marginal likelihood of every row's counts under a Dirichlet prior of the given concentration.</summary>
    private double LogEvidence(double[,,] counts, double[] accuracy, double concentration)
    {
        double sum = 0;
        for (var s = 0; s < sources; s++)
        {
            for (var j = 0; j < labels; j++)
            {
                sum += LogGamma.Of(concentration) - LogGamma.Of(concentration + RowTotal(counts, s, j));
                for (var l = 0; l < labels; l++)
                {
                    var alpha = concentration * PriorMean(accuracy[s], j, l);
                    sum += LogGamma.Of(alpha + counts[s, j, l]) - LogGamma.Of(alpha);
                }
            }
        }
        return sum;
    }

    private double PriorMean(double accuracy, int truth, int said)
    {
        var a = Math.Clamp(accuracy, 0.05, 0.99);
        return truth == said ? a : (1 - a) / (labels - 1);
    }

    private double RowTotal(double[,,] counts, int s, int j)
    {
        double total = 0;
        for (var l = 0; l < labels; l++)
        {
            total += counts[s, j, l];
        }
        return total;
    }

    /// <summary>Expected-count buffer for <see cref="Fit"/>, or null when the model is one-coin.</summary>
    public double[,,]? NewCounts() => _full ? new double[sources, labels, labels] : null;
}
