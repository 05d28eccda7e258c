using Conflict.Reconciliation.Engine.Numerics;

namespace Conflict.Reconciliation.Engine.Fusing;

/// <summary>The default static fusion: each numeric object on its own robust scale, Student-t errors per source
/// (a 10^15 value gets almost no weight), one-coin Dawid-Skene for categories, copy detection, and source
/// reliabilities shared across numeric and categorical objects through an empirical-Bayes link between noise and accuracy.</summary>
internal static class RobustFusion
{
    private const double Dof = 4;
    private const int Iterations = 15;

    public static FusionResult Run(FusionData d, double mass)
    {
        var state = new FusionState(d);
        for (var it = 0; it < Iterations; it++)
        {
            state.UpdateNumericTruths();
            state.UpdateCategoricalTruths();
            if (it is 2 or 6)
            {
                (state.Factors, state.CopiesFrom) = CopyDetector.Detect(d, state.Truth, state.Best, state.Scale);
            }
            state.UpdateSources();
        }
        state.UpdateNumericTruths();
        state.UpdateCategoricalTruths();
        return Output(d, state, mass);
    }

    private static FusionResult Output(FusionData d, FusionState state, double mass)
    {
        var values = new FusedValue[d.Objects.Length];
        for (var o = 0; o < values.Length; o++)
        {
            if (d.Numeric[o])
            {
                var (low, high) = Interval(state, o, mass);
                values[o] = new FusedValue(d.Objects[o], FusionFormat.Number(state.Truth[o]), low, high, mass, true);
            }
            else
            {
                var best = state.Best[o];
                values[o] = new FusedValue(d.Objects[o], best >= 0 ? d.Categories[o][best] : "", null, null, state.BestProbability[o], false);
            }
        }
        var sources = new FusionSource[d.Sources.Length];
        for (var s = 0; s < sources.Length; s++)
        {
            var noise = Math.Sqrt(state.Noise[s]);
            sources[s] = new FusionSource(d.Sources[s], state.ClaimCount[s], noise, state.Accuracy[s], 1 / state.Noise[s],
                state.CopiesFrom[s] >= 0 ? d.Sources[state.CopiesFrom[s]] : null);
        }
        return new FusionResult(values, sources);
    }

    /// <summary>
    /// The central interval of the posterior: point masses at the agreed values and, for the continuous estimate, a
    /// Student-t on (claims - 1) degrees of freedom (few claims: the spread itself is uncertain), represented by the
    /// normal that has the same quantile at this mass.
    /// </summary>
    private static (double Low, double High) Interval(FusionState state, int o, double mass)
    {
        var (candidates, masses) = (state.Agreement.Candidates[o], state.Agreement.Masses[o]);
        var zt = StudentQuantile.Of(0.5 + mass / 2, Math.Max(state.Claims[o] - 1, 1));
        var sd = Math.Max(state.Spread[o] * zt / Normal.Quantile(0.5 + mass / 2), 1e-12);
        double Cdf(double x)
        {
            var p = masses[^1] * Normal.Cdf((x - state.Continuous[o]) / sd);
            for (var c = 0; c < candidates.Length - 1; c++)
            {
                p += candidates[c] <= x ? masses[c] : 0;
            }
            return p;
        }
        var from = Math.Min(candidates.Min(), state.Continuous[o] - 12 * sd);
        var to = Math.Max(candidates.Max(), state.Continuous[o] + 12 * sd);
        return (Quantile(Cdf, (1 - mass) / 2, from, to, candidates), Quantile(Cdf, (1 + mass) / 2, from, to, candidates));
    }

    /// <summary>The smallest x in [from, to] with cdf(x) at least p, by bisection; a candidate it converged onto exactly.</summary>
    private static double Quantile(Func<double, double> cdf, double p, double from, double to, double[] candidates)
    {
        for (var k = 0; k < 200 && to - from > 1e-12 * Math.Max(1, Math.Abs(to)); k++)
        {
            var mid = (from + to) / 2;
            (from, to) = cdf(mid) >= p ? (from, mid) : (mid, to);
        }
        var nearest = candidates.MinBy(c => Math.Abs(c - to));
        return Math.Abs(nearest - to) <= 1e-9 * Math.Max(1, Math.Abs(nearest)) ? nearest : to;
    }

    /// <summary>Log density (up to a constant) of a Student-t error with squared standardised residual and variance.</summary>
    internal static double LogDensity(double standardisedSquared, double variance) =>
        -0.5 * (Dof + 1) * Math.Log(1 + standardisedSquared / Dof) - 0.5 * Math.Log(variance);

    /// <summary>Student-t weight of a standardised residual.</summary>
    internal static double TWeight(double standardisedSquared) => (Dof + 1) / (Dof + standardisedSquared);
}
