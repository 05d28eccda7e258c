namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Estimates of the robust fusion model: truths per object, reliabilities per source.</summary>
internal sealed partial class FusionState
{
    private const double NoisePriorStrength = 3;
    private const double AccuracyPriorStrength = 4;
    private const double BiasPriorStrength = 20;
    private readonly FusionData _d;
    private readonly ReliabilityLink _link = new();
    private readonly ConfusionModel _confusion;

    public FusionState(FusionData d)
    {
        _d = d;
        var o = d.Objects.Length;
        var s = d.Sources.Length;
        Truth = new double[o];
        Scale = new double[o];
        Spread = new double[o];
        PosteriorVariance = new double[o];
        Claims = new double[o];
        Best = new int[o];
        BestProbability = new double[o];
        Probabilities = new double[o][];
        Noise = new double[s];
        Bias = new double[s];
        Accuracy = new double[s];
        ClaimCount = new int[s];
        Factors = new double[d.Obj.Length];
        CopiesFrom = new int[s];
        Array.Fill(Noise, 1.0);
        Array.Fill(Accuracy, 0.7);
        Array.Fill(Factors, 1.0);
        Array.Fill(CopiesFrom, -1);
        foreach (var src in d.Src)
        {
            ClaimCount[src]++;
        }
        RobustScales.Initialise(d, Truth, Scale);
        _confusion = new ConfusionModel(s, d.LabelCount);
        Agreement = new AgreementModel(d);
        Continuous = new double[o];
    }

    /// <summary>Exact agreement between sources (see <see cref="AgreementModel"/>).</summary>
    public AgreementModel Agreement { get; }

    /// <summary>Per numeric object: the continuous estimate (the Student-t mode), whose spread is <see cref="Spread"/>.</summary>
    public double[] Continuous { get; }

    public double[] Truth { get; }
    /// <summary>Per-object spread unit (robust scale of its claims).</summary>
    public double[] Scale { get; }
    /// <summary>Posterior standard deviation of each numeric truth.</summary>
    public double[] Spread { get; }
    /// <summary>Posterior variance of each numeric truth in units of its scale (enters the noise M-step, which
    /// keeps a dominant source from collapsing its own noise to zero).</summary>
    public double[] PosteriorVariance { get; }
    /// <summary>Effective number of independent claims per numeric object (copies discounted).</summary>
    public double[] Claims { get; }
    public int[] Best { get; }
    public double[] BestProbability { get; }
    public double[][] Probabilities { get; }
    /// <summary>Noise variance per source, in units of the object scales.</summary>
    public double[] Noise { get; }
    /// <summary>Numeric bias per source in units of the object scales (house effect), centred on zero.</summary>
    public double[] Bias { get; }
    public double[] Accuracy { get; }
    public int[] ClaimCount { get; }
    public double[] Factors { get; set; }
    public int[] CopiesFrom { get; set; }

    /// <summary>Location per numeric object by iteratively reweighted least squares under Student-t errors. The
    /// likelihood can have several modes (two claims, one of them absurd), so small objects also start from every
    /// claimed value and keep the most likely mode.</summary>
    public void UpdateNumericTruths()
    {
        for (var o = 0; o < _d.Objects.Length; o++)
        {
            var claims = _d.ByObject[o];
            if (!_d.Numeric[o] || claims.Length == 0)
            {
                continue;
            }
            var (best, bestLike) = Locate(o, Truth[o]);
            for (var k = 0; claims.Length <= MultiStartLimit && k < claims.Length; k++)
            {
                var (t, like) = Locate(o, Adjusted(claims[k], Scale[o]));
                (best, bestLike) = like > bestLike + 1e-9 ? (t, like) : (best, bestLike);
            }
            Truth[o] = Continuous[o] = best;
            Summarise(o);
            Agreement.Update(o, best, Spread[o], LogDensity, Factors);
            Truth[o] = Baselines.CrhSolver.WeightedMedian([.. Agreement.Candidates[o].Zip(Agreement.Masses[o])]);
        }
    }

    /// <summary>log Gamma(5/2) - log Gamma(2) - log(4 pi) / 2: the Student-t density's constant for 4 degrees of freedom.</summary>
    private const double LogStudentConstant = -0.980829;

    /// <summary>Log density, per unit of the value, of claim i's noise when the truth is t.</summary>
    private double LogDensity(int i, double t)
    {
        var c = Scale[_d.Obj[i]];
        var sigma2 = Noise[_d.Src[i]];
        var r = (Adjusted(i, c) - t) / c;
        return RobustFusion.LogDensity(r * r / sigma2, sigma2) - Math.Log(c) + LogStudentConstant;
    }

    private const int MultiStartLimit = 12;

    private double Adjusted(int i, double c) => _d.Number[i] - Bias[_d.Src[i]] * c;

    private (double Truth, double LogLikelihood) Locate(int o, double start)
    {
        var c = Scale[o];
        var t = start;
        for (var inner = 0; inner < 6; inner++)
        {
            double sw = 0, swx = 0;
            foreach (var i in _d.ByObject[o])
            {
                var sigma2 = Noise[_d.Src[i]];
                var x = Adjusted(i, c);
                var r = (x - t) / c;
                var w = Factors[i] * RobustFusion.TWeight(r * r / sigma2) / sigma2;
                sw += w;
                swx += w * x;
            }
            t = sw > 0 ? swx / sw : t;
        }
        double like = 0;
        foreach (var i in _d.ByObject[o])
        {
            var sigma2 = Noise[_d.Src[i]];
            var r = (Adjusted(i, c) - t) / c;
            like += Factors[i] * RobustFusion.LogDensity(r * r / sigma2, sigma2);
        }
        return (t, like);
    }

    private void Summarise(int o)
    {
        var c = Scale[o];
        double info = 0, dispersion = 0, count = 0;
        foreach (var i in _d.ByObject[o])
        {
            var sigma2 = Noise[_d.Src[i]];
            var r = (Adjusted(i, c) - Truth[o]) / c;
            var u = RobustFusion.TWeight(r * r / sigma2);
            info += Factors[i] * u / sigma2;
            dispersion += Factors[i] * u * r * r / sigma2;
            count += Factors[i];
        }
        // Widen when the claims disagree more than their sources' noise says.
        var excess = count > 1.5 ? Math.Max(1, dispersion / (count - 1)) : 1;
        PosteriorVariance[o] = 1 / Math.Max(info, 1e-12);
        Claims[o] = count;
        Spread[o] = c * Math.Sqrt(excess * PosteriorVariance[o]);
    }

    /// <summary>Posterior over categories per object (Dawid-Skene with copy-discounted votes, see <see cref="ConfusionModel"/>).</summary>
    public void UpdateCategoricalTruths()
    {
        for (var o = 0; o < _d.Objects.Length; o++)
        {
            if (_d.Numeric[o])
            {
                continue;
            }
            var labels = _d.ObjectLabels[o];
            var k = Math.Max(labels.Length, 2);
            var score = Probabilities[o] ??= new double[labels.Length];
            for (var c = 0; c < labels.Length; c++)
            {
                score[c] = _confusion.LogPrior(labels[c]);
            }
            foreach (var i in _d.ByObject[o])
            {
                var s = _d.Src[i];
                for (var c = 0; c < labels.Length; c++)
                {
                    score[c] += Factors[i] * _confusion.LogLikelihood(s, labels[c], _d.Label[i], Accuracy[s], k);
                }
            }
            Normalise(o, score);
        }
    }

    private void Normalise(int o, double[] score)
    {
        if (score.Length == 0)
        {
            Best[o] = -1;
            return;
        }
        var max = score.Max();
        double sum = 0;
        for (var c = 0; c < score.Length; c++)
        {
            score[c] = Math.Exp(score[c] - max);
            sum += score[c];
        }
        var best = 0;
        for (var c = 0; c < score.Length; c++)
        {
            score[c] /= sum;
            best = score[c] > score[best] ? c : best;
        }
        Best[o] = best;
        BestProbability[o] = score[best];
    }
}
