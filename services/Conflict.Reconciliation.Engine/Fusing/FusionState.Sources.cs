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
        for (var i = 0; i < _d.Obj.Length; i++)
        {
            var o = _d.Obj[i];
            var src = _d.Src[i];
            if (_d.Numeric[o])
            {
                var r = (_d.Number[i] - Truth[o]) / Scale[o] - Bias[src];
                var u = RobustFusion.TWeight(r * r / Noise[src]);
                sumSq[src] += Factors[i] * (u * r * r + PosteriorVariance[o]);
                numeric[src] += Factors[i];
                biasSum[src] += Factors[i] * u * (r + Bias[src]);
                biasWeight[src] += Factors[i] * u;
            }
            else
            {
                right[src] += Factors[i] * Probabilities[o][_d.Category[i]];
                categorical[src] += Factors[i];
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
