using System.Globalization;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>
/// Exact agreement as evidence. Real sources often repeat a figure from one record (a census count, an official toll)
/// rather than estimate it, so the truth is often one of the claimed values exactly, and the others are typos, stale
/// or rounded figures. Each numeric claim is a mixture: with probability e_s (the source's exactness, learned with
/// shrinkage toward the mean over sources) it is the truth itself; otherwise it is the truth plus the source's
/// Student-t noise. Candidates for the truth are the claimed values and the continuous estimate (the Student-t mode).
/// They are compared by the probability of every claim at the resolution it was
/// written to ("5000" to the nearest thousand, "4169262" to the unit). Where figures never coincide (measurements)
/// e_s is learned near zero and the continuous model is all that remains.
/// </summary>
internal sealed class AgreementModel
{
    private const double PriorStrength = 2;
    private const double Initial = 0.3;
    private readonly FusionData _d;
    private readonly double[] _logResolution;

    public AgreementModel(FusionData d)
    {
        _d = d;
        Exactness = new double[d.Sources.Length];
        Array.Fill(Exactness, Initial);
        Responsibility = new double[d.Obj.Length];
        Candidates = new double[d.Objects.Length][];
        Masses = new double[d.Objects.Length][];
        _logResolution = [.. d.Number.Select(x => double.IsNaN(x) ? 0 : Math.Log(Resolution(x)))];
    }

    /// <summary>Per source: the probability that a numeric claim of it is the truth exactly.</summary>
    public double[] Exactness { get; }

    /// <summary>Per claim: the posterior probability that it is the truth exactly.</summary>
    public double[] Responsibility { get; }

    /// <summary>Per numeric object: the candidate truths, the continuous estimate last.</summary>
    public double[][] Candidates { get; }

    /// <summary>Per numeric object: the posterior probability of each candidate.</summary>
    public double[][] Masses { get; }

    /// <summary>
    /// Posterior over the candidates of object o, given the continuous estimate, its posterior standard deviation and
    /// each claim's noise density (log, per unit of the value) at a candidate. The truth lives on the grid of the most
    /// precise figure, so a claimed value has the prior mass of one step of that grid, and the continuous alternative
    /// the mass of its whole posterior (about sqrt(2 pi) sd around its mode): a value one source states alone earns
    /// odds of about e / (1 - e), one that several state together much more, and a rounded figure little (its noise
    /// explains it almost as well).
    /// </summary>
    public void Update(int o, double continuous, double sd, Func<int, double, double> logDensity, double[] factors)
    {
        var claims = _d.ByObject[o];
        var candidates = Candidates[o] = [.. claims.Select(i => _d.Number[i]).Distinct().Where(v => v != continuous).Append(continuous)];
        var grid = claims.Min(i => _logResolution[i]);
        var log = new double[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var at = c == candidates.Length - 1 ? -1 : Array.FindIndex(claims, i => _d.Number[i] == candidates[c]);
            log[c] = at < 0 ? Math.Log(Math.Sqrt(2 * Math.PI) * Math.Max(sd, 1e-300)) : grid;
            foreach (var i in claims)
            {
                log[c] += factors[i] * Math.Log(ClaimProbability(i, candidates[c], logDensity));
            }
        }
        var max = log.Max();
        var mass = Masses[o] = [.. log.Select(l => Math.Exp(l - max))];
        var total = mass.Sum();
        for (var c = 0; c < mass.Length; c++)
        {
            mass[c] /= total;
        }
        foreach (var i in claims)
        {
            var e = Exactness[_d.Src[i]];
            var at = Array.IndexOf(candidates, _d.Number[i]);
            Responsibility[i] = at < 0 ? 0 : mass[at] * e / ClaimProbability(i, candidates[at], logDensity);
        }
    }

    /// <summary>The probability of claim i as written (at its resolution) when the truth is t.</summary>
    private double ClaimProbability(int i, double t, Func<int, double, double> logDensity)
    {
        var e = Exactness[_d.Src[i]];
        var noise = (1 - e) * Math.Exp(Math.Min(logDensity(i, t) + _logResolution[i], 0));
        return (_d.Number[i] == t ? e : 0) + Math.Max(noise, 1e-300);
    }

    /// <summary>Exactness per source: expected exact claims over numeric claims, shrunk toward the mean over sources.</summary>
    public void Learn(double[] factors)
    {
        var exact = new double[Exactness.Length];
        var count = new double[Exactness.Length];
        for (var i = 0; i < _d.Obj.Length; i++)
        {
            if (_d.Numeric[_d.Obj[i]])
            {
                exact[_d.Src[i]] += factors[i] * Responsibility[i];
                count[_d.Src[i]] += factors[i];
            }
        }
        var mean = Math.Clamp(exact.Sum() / Math.Max(count.Sum(), 1e-9), 0.001, 0.999);

        for (var s = 0; s < Exactness.Length; s++)
        {
            Exactness[s] = Math.Clamp((PriorStrength * mean + exact[s]) / (PriorStrength + count[s]), 1e-4, 0.999);
        }
    }

    /// <summary>The unit a figure was written to: 10^-d for d decimals, 10^z for an integer ending in z zeros.</summary>
    internal static double Resolution(double x)
    {
        var text = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            return Math.Max(Math.Abs(x) * 1e-15, double.Epsilon);
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            return Math.Pow(10, -(text.Length - dot - 1));
        }
        var zeros = text.Length - text.TrimEnd('0').Length;
        return x == 0 ? 1 : Math.Pow(10, Math.Min(zeros, text.Length - 1));
    }
}
