using Conflict.Reconciliation.Engine.Categorical;

namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>EM across variables: E-steps in parallel per variable, M-steps on statistics pooled per source and measure.</summary>
internal static class Learner
{
    /// <summary>Learns the source parameters and drifts; returns the state for producing outputs.</summary>
    public static LearnedState Learn(IReadOnlyList<VariableInput> inputs, SourceModel start, ReconcileOptions options)
    {
        var index = new SourceIndex(start).AddAll(inputs);
        var measures = MeasureIndex(inputs);
        var prepared = new PreparedVariable[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(0, inputs.Count, parallel, i =>
            prepared[i] = VariablePreparer.Prepare(inputs[i], index.Of, measures[inputs[i].Variable.Measure], false));
        var s = index.ToArrays();
        var drift = new double[measures.Count];
        foreach (var (name, m) in measures)
        {
            drift[m] = start.DriftFor(name);
        }
        var posteriors = new Posterior?[inputs.Count];
        for (var iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            var total = new Accumulator(s.Count, measures.Count);
            Parallel.For(0, prepared.Length, parallel, () => new Accumulator(s.Count, measures.Count), (i, _, acc) =>
            {
                var v = prepared[i];
                if (!v.IsCategorical && v.Days.Length > 0)
                {
                    posteriors[i] = EStep.Run(v, s, drift[v.Measure], iteration == 0 ? 6 : 3, posteriors[i]);
                    acc.Add(v, s, posteriors[i]!);
                }
                return acc;
            }, acc => { lock (total) { total.Merge(acc); } });
            var change = MStep.Apply(s, total, drift);
            if (change < 1e-4 && iteration > 2)
            {
                break;
            }
        }
        LearnAccuracy(prepared, s, start.SwitchRate, parallel);
        return new LearnedState(prepared, s, drift, measures, Snapshot(s, drift, measures, start.SwitchRate));
    }

    /// <summary>Learns categorical accuracies, with priors tied to each source's numeric noise.</summary>
    private static void LearnAccuracy(PreparedVariable[] prepared, SourceArrays s, double switchRate, ParallelOptions parallel)
    {
        var prior = new double[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            prior[i] = AccuracyPrior(s.NoiseVariance[i], s.Statements[i]);
            s.Accuracy[i] = prior[i];
        }
        if (!Array.Exists(prepared, v => v.IsCategorical))
        {
            return;
        }
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var correct = new double[s.Count];
            var total = new double[s.Count];
            Parallel.For(0, prepared.Length, parallel, i =>
            {
                var v = prepared[i];
                if (v.IsCategorical && v.Days.Length > 0)
                {
                    var gamma = CategoricalModel.Posterior(v, s, switchRate);
                    lock (correct)
                    {
                        CategoricalModel.Accumulate(v, gamma, correct, total);
                    }
                }
            });
            for (var i = 0; i < s.Count; i++)
            {
                s.Accuracy[i] = (correct[i] + Priors.AccuracyStrength * prior[i]) / (total[i] + Priors.AccuracyStrength);
                s.CategoricalStatements[i] = total[i];
            }
        }
    }

    /// <summary>A source's prior accuracy: a precise numeric source is presumed a reliable categorical one too.</summary>
    internal static double AccuracyPrior(double noiseVariance, double numericStatements)
    {
        if (numericStatements < 1)
        {
            return Priors.Accuracy;
        }
        var precise = Priors.NoiseVariance / (Priors.NoiseVariance + noiseVariance);
        return Math.Clamp(0.5 + 0.5 * precise, 0.55, 0.95);
    }

    private static Dictionary<string, int> MeasureIndex(IReadOnlyList<VariableInput> inputs)
    {
        var measures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            measures.TryAdd(input.Variable.Measure, measures.Count);
        }
        return measures;
    }

    private static SourceModel Snapshot(SourceArrays s, double[] drift, Dictionary<string, int> measures, double switchRate)
    {
        var sources = new Dictionary<string, SourceParameters>(s.Count, StringComparer.Ordinal);
        for (var i = 0; i < s.Count; i++)
        {
            sources[s.Names[i]] = s.ToParameters(i);
        }
        var drifts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, m) in measures)
        {
            drifts[name] = drift[m];
        }
        return new SourceModel(sources, drifts, switchRate);
    }
}
