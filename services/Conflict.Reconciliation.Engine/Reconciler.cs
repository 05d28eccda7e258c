using Conflict.Reconciliation.Engine.Baselines;
using Conflict.Reconciliation.Engine.Timeline;

namespace Conflict.Reconciliation.Engine;

/// <summary>Entry points of the reconciliation engine. Pure functions: records in, records out; thread-safe.</summary>
public static class Reconciler
{
    /// <summary>Learns source parameters jointly over all variables (EM across variables), starting from
    /// <paramref name="start"/> (a previous model, or priors). Use for periodic full re-learning.</summary>
    public static SourceModel Learn(IReadOnlyList<VariableInput> variables, ReconcileOptions? options = null, SourceModel? start = null) =>
        Learner.Learn(variables, start ?? SourceModel.Empty, options ?? ReconcileOptions.Default).Model;

    /// <summary>Reconciles one variable with given (previously learned) source parameters: the cheap incremental
    /// update after a change touches this variable. Unknown sources start at their priors.</summary>
    public static VariableResult ReconcileVariable(VariableInput variable, SourceModel model, ReconcileOptions? options = null)
    {
        options ??= ReconcileOptions.Default;
        var index = new SourceIndex(model).AddAll([variable]);
        var prepared = VariablePreparer.Prepare(variable, index.Of, 0, options.DailyGrid, options.Through?.DayNumber);
        var sources = index.ToArrays();
        if (options.Method != Method.StateSpace)
        {
            return BaselineTimeline.Run([prepared], sources.Count, options)[0];
        }
        return Produce(prepared, sources, model.DriftFor(variable.Variable.Measure), model.SwitchRate, options);
    }

    /// <summary>
    /// Learns the source parameters over all variables from the priors and assesses every source, without producing
    /// the variables' timelines: for a caller that recomputes those with the returned model (the service's replicas).
    /// The model and the assessments are those of <see cref="ReconcileAll"/>.
    /// </summary>
    public static (SourceModel Model, IReadOnlyList<SourceAssessment> Sources) LearnAndAssess(IReadOnlyList<VariableInput> variables, ReconcileOptions? options = null)
    {
        options ??= ReconcileOptions.Default;
        var learned = Learner.Learn(variables, SourceModel.Empty, options);
        var posteriors = new Posterior?[variables.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(0, variables.Count, parallel, i =>
        {
            var v = learned.Prepared[i];
            if (!v.IsCategorical && v.Days.Length > 0)
            {
                posteriors[i] = EStep.Run(v, learned.Sources, learned.Drift[v.Measure], 10);
            }
        });
        return (learned.Model, Assessor.Assess(learned, posteriors));
    }

    /// <summary>Learns the source parameters over all variables, then reconciles every variable with them and
    /// assesses every source.</summary>
    public static ReconciliationResult ReconcileAll(IReadOnlyList<VariableInput> variables, ReconcileOptions? options = null, SourceModel? start = null)
    {
        options ??= ReconcileOptions.Default;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        if (options.Method != Method.StateSpace)
        {
            var index = new SourceIndex(SourceModel.Empty).AddAll(variables);
            var prepared = new PreparedVariable[variables.Count];
            Parallel.For(0, variables.Count, parallel, i => prepared[i] = VariablePreparer.Prepare(variables[i], index.Of, 0, options.DailyGrid));
            return new ReconciliationResult(BaselineTimeline.Run(prepared, index.ToArrays().Count, options), SourceModel.Empty, []);
        }
        var learned = Learner.Learn(variables, start ?? SourceModel.Empty, options);
        var results = new VariableResult[variables.Count];
        var final = new Posterior?[variables.Count];
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < learned.Sources.Count; i++)
        {
            byName[learned.Sources.Names[i]] = i;
        }
        Parallel.For(0, variables.Count, parallel, i =>
        {
            var v = learned.Prepared[i];
            if (options.DailyGrid || options.Through is not null)
            {
                v = VariablePreparer.Prepare(variables[i], c => byName[c.Claimant], v.Measure, options.DailyGrid, options.Through?.DayNumber);
            }
            var drift = learned.Drift[v.Measure];
            results[i] = Produce(v, learned.Sources, drift, learned.Model.SwitchRate, options, final, i);
        });
        var assessments = Assessor.Assess(learned, final);
        return new ReconciliationResult(results, learned.Model, assessments);
    }

    /// <summary>Overall assessments (noise, bias, accuracy, a sentence) of every source in a learned model, without
    /// the per-measure ones (those need the claims; <see cref="ReconcileAll"/> returns both).</summary>
    public static IReadOnlyList<SourceAssessment> Assess(SourceModel model)
    {
        var arrays = new SourceArrays([.. model.Sources.Values]);
        var list = new List<SourceAssessment>(arrays.Count);
        for (var i = 0; i < arrays.Count; i++)
        {
            list.Add(Assessor.Overall(arrays, i));
        }
        return list;
    }

    private static VariableResult Produce(PreparedVariable v, SourceArrays sources, double drift, double switchRate,
        ReconcileOptions options, Posterior?[]? keep = null, int slot = 0)
    {
        if (v.Days.Length == 0)
        {
            return new VariableResult(v.Spec.Key, [], [], []);
        }
        if (v.IsCategorical)
        {
            return OutputBuilder.Categorical(v, sources, switchRate, options);
        }
        var post = EStep.Run(v, sources, drift, 10);
        if (keep is not null && !options.DailyGrid && options.Through is null)
        {
            keep[slot] = post;
        }
        return OutputBuilder.Numeric(v, sources, EStep.Robust(v, sources, drift, post), drift, options);
    }
}
