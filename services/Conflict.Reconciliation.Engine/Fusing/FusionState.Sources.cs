namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>The source half of the fusion model's M-step.</summary>
internal sealed partial class FusionState
{
    /// <summary>Noise (inverse-gamma) and accuracy (beta) per source, priors linked across the two kinds of claims.</summary>
    public void UpdateSources()
    {
        var s = Noise.Length;
        var sumSq = new double[s];
        var numeric = new double[s];
        var right = new double[s];
        var biasSum = new double[s];
        var biasWeight = new double[s];
        var categorical = new double[s];
        var confusion = _confusion.NewCounts();
        for (var i = 0; i < _d.Obj.Length; i++)
        {
            var o = _d.Obj[i];
            var src = _d.Src[i];
            if (_d.Numeric[o])
            {
                // A claim that is the truth exactly says nothing about the source's noise or bias.
                var f = Factors[i] * (1 - Agreement.Responsibility[i]);
                var r = (_d.Number[i] - Truth[o]) / Scale[o] - Bias[src];
                var u = RobustFusion.TWeight(r * r / Noise[src]);
                sumSq[src] += f * (u * r * r + PosteriorVariance[o]);
                numeric[src] += f;
                biasSum[src] += f * u * (r + Bias[src]);
                biasWeight[src] += f * u;
            }
            else
            {
                right[src] += Factors[i] * Probabilities[o][_d.Category[i]];
                categorical[src] += Factors[i];
                for (var c = 0; confusion is not null && c < Probabilities[o].Length; c++)
                {
                    confusion[src, _d.ObjectLabels[o][c], _d.Label[i]] += Factors[i] * Probabilities[o][c];
                }
            }
        }
        _link.Fit(Noise, Accuracy, numeric, categorical);
        for (var i = 0; i < s; i++)
        {
            var noisePrior = _link.NoisePrior(Accuracy[i], categorical[i]);
            var accuracyPrior = _link.AccuracyPrior(Noise[i], numeric[i]);
            Noise[i] = Math.Max((NoisePriorStrength * noisePrior + sumSq[i]) / (NoisePriorStrength + numeric[i]), 1e-4);
            Accuracy[i] = (AccuracyPriorStrength * accuracyPrior + right[i]) / (AccuracyPriorStrength + categorical[i]);
        }
        UpdateBiases(biasSum, biasWeight, numeric);
        Agreement.Learn(Factors);
        if (confusion is not null)
        {
            _confusion.Fit(confusion, LabelMass(), Accuracy);
        }
    }

    /// <summary>Posterior mass of each shared label over the categorical objects (the class prior's counts).</summary>
    private double[] LabelMass()
    {
        var mass = new double[_d.LabelCount];
        for (var o = 0; o < _d.Objects.Length; o++)
        {
            for (var c = 0; !_d.Numeric[o] && c < Probabilities[o].Length; c++)
            {
                mass[_d.ObjectLabels[o][c]] += Probabilities[o][c];
            }
        }
        return mass;
    }

    /// <summary>House effects: shrunk mean residual per source, centred so that sources are unbiased on average.</summary>
    private void UpdateBiases(double[] sum, double[] weight, double[] numeric)
    {
        double centre = 0, total = 0;
        for (var i = 0; i < Bias.Length; i++)
        {
            Bias[i] = sum[i] / (weight[i] + BiasPriorStrength);
            var w = numeric[i] / Noise[i];
            centre += w * Bias[i];
            total += w;
        }
        for (var i = 0; i < Bias.Length && total > 0; i++)
        {
            Bias[i] -= centre / total;
        }
    }
}
