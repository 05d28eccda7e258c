namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>Ties a source's numeric noise and categorical accuracy: a regression of logit(accuracy) on log(noise)
/// over sources with enough claims of both kinds gives each source a prior for the kind where it has few claims.</summary>
internal sealed class ReliabilityLink
{
    private const double Enough = 5;
    private double _intercept;
    private double _slope;
    private double _meanNoise = 1;
    private double _meanAccuracy = 0.7;

    public void Fit(double[] noise, double[] accuracy, double[] numeric, double[] categorical)
    {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, an = 0, asum = 0, nn = 0, nsum = 0;
        for (var i = 0; i < noise.Length; i++)
        {
            if (numeric[i] >= Enough)
            {
                nn++;
                nsum += Math.Log(noise[i]);
            }
            if (categorical[i] >= Enough)
            {
                an++;
                asum += accuracy[i];
            }
            if (numeric[i] < Enough || categorical[i] < Enough)
            {
                continue;
            }
            var x = Math.Log(noise[i]);
            var y = Logit(accuracy[i]);
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        _meanNoise = nn > 0 ? Math.Exp(nsum / nn) : 1;
        _meanAccuracy = an > 0 ? asum / an : 0.7;
        var denominator = n * sxx - sx * sx;
        _slope = n >= 3 && denominator > 1e-9 ? Math.Min((n * sxy - sx * sy) / denominator, 0) : 0;
        _intercept = n >= 3 ? (sy - _slope * sx) / n : 0;
    }

    /// <summary>Prior accuracy of a source given its numeric noise (when it has numeric claims).</summary>
    public double AccuracyPrior(double noise, double numericClaims) =>
        _slope < 0 && numericClaims >= 1 ? Math.Clamp(Sigmoid(_intercept + _slope * Math.Log(noise)), 0.3, 0.98) : _meanAccuracy;

    /// <summary>Prior noise of a source given its categorical accuracy (when it has categorical claims).</summary>
    public double NoisePrior(double accuracy, double categoricalClaims) =>
        _slope < 0 && categoricalClaims >= 1 ? Math.Clamp(Math.Exp((Logit(accuracy) - _intercept) / _slope), 0.05, 20) : _meanNoise;

    private static double Logit(double p) => Math.Log(Math.Clamp(p, 0.01, 0.99) / (1 - Math.Clamp(p, 0.01, 0.99)));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
