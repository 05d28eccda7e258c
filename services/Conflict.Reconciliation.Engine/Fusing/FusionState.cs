namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Estimates of the robust fusion model: truths per object, reliabilities per source.</summary>
internal sealed partial class FusionState
{
    private const double NoisePriorStrength = 3;
    private const double AccuracyPriorStrength = 4;
    private const double BiasPriorStrength = 20;
    private readonly FusionData _d;
    private readonly ReliabilityLink _link = new();

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
    }

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
            Truth[o] = best;
            Summarise(o);
        }
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

    /// <summary>Posterior over categories per object (one-coin Dawid-Skene with copy-discounted votes).</summary>
    public void UpdateCategoricalTruths()
    {
        for (var o = 0; o < _d.Objects.Length; o++)
        {
            if (_d.Numeric[o])
            {
                continue;
            }
            var k = Math.Max(_d.Categories[o].Count, 2);
            var score = Probabilities[o] ??= new double[_d.Categories[o].Count];
            Array.Clear(score);
            foreach (var i in _d.ByObject[o])
            {
                var a = Math.Clamp(Accuracy[_d.Src[i]], 0.01, 0.99);
                var vote = Factors[i] * (Math.Log(a) - Math.Log((1 - a) / (k - 1)));
                score[_d.Category[i]] += vote;
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
