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
                // Few claims: the spread itself is uncertain, so use Student's t with (claims - 1) degrees of freedom.
                var (t, sd) = (state.Truth[o], state.Spread[o]);
                var z = StudentQuantile.Of(0.5 + mass / 2, Math.Max(state.Claims[o] - 1, 1));
                values[o] = new FusedValue(d.Objects[o], FusionFormat.Number(t), t - z * sd, t + z * sd, mass, true);
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

    /// <summary>Log density (up to a constant) of a Student-t error with squared standardised residual and variance.</summary>
    internal static double LogDensity(double standardisedSquared, double variance) =>
        -0.5 * (Dof + 1) * Math.Log(1 + standardisedSquared / Dof) - 0.5 * Math.Log(variance);

    /// <summary>Student-t weight of a standardised residual.</summary>
    internal static double TWeight(double standardisedSquared) => (Dof + 1) / (Dof + standardisedSquared);
}
