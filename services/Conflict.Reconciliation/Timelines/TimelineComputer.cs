using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Projection;
using Conflict.ServiceDefaults.Telemetry;
using Google.Protobuf;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Recomputes variables from the projection with the engine and stores and publishes the results. Holds the
/// source parameters of the last full learning pass, so one changed variable is recomputed alone and cheaply.
/// </summary>
internal sealed class TimelineComputer(ProjectionStore projection, TimelineStore timelines, MeasureCatalog measures, TimelineBroadcaster broadcaster, ConflictMetrics metrics)
{
    private const int SaveBatch = 100;

    private volatile SourceModel _model = SourceModel.Empty;

    public SourceModel Model => _model;

    /// <summary>Recomputes one variable with the current source parameters.</summary>
    public async Task RecomputeAsync(string variable, IReadOnlyDictionary<string, SourceRow> sources, CancellationToken ct)
    {
        var claims = await projection.LoadActiveClaimsAsync(variable, ct);
        var input = BuildInput(variable, claims, sources);
        var result = claims.Count == 0 ? null : Reconciler.ReconcileVariable(input, _model, ReconcileOptions.Default);
        await SaveAsync([Computed(variable, claims, sources, result)], ct);
    }

    /// <summary>Learns source parameters jointly over every variable, then stores every timeline and assessment.</summary>
    public async Task RelearnAsync(CancellationToken ct)
    {
        var sources = await projection.LoadSourcesAsync(ct);
        var byVariable = new Dictionary<string, List<ClaimRow>>(StringComparer.Ordinal);
        await foreach (var row in projection.StreamActiveClaimsAsync(ct))
        {
            if (!byVariable.TryGetValue(row.Variable, out var list))
            {
                byVariable[row.Variable] = list = [];
            }
            list.Add(row);
        }
        var variables = byVariable.Keys.ToList();
        var inputs = variables.Select(v => BuildInput(v, byVariable[v], sources)).ToList();
        // From the priors every time, not from the previous pass: EM stops near a fixed point that depends on where
        // it starts, so a warm start made the timelines depend on the order claims arrived in and on restarts (the
        // crash campaign found estimates 1.5% apart for the same claims). The same claims now give the same answer.
        var result = Reconciler.ReconcileAll(inputs, ReconcileOptions.Default, SourceModel.Empty);
        _model = result.Model;
        // In batches: a new claim's recomputation waits for one batch, never for the whole pass.
        foreach (var batch in Enumerable.Range(0, variables.Count).Chunk(SaveBatch))
        {
            await SaveAsync(batch.Select(i => Computed(variables[i], byVariable[variables[i]], sources, result.Variables[i])).ToList(), ct);
        }
        var assessments = result.Sources.GroupBy(a => a.Source, StringComparer.Ordinal)
            .Select(g => (g.Key, AssessmentMapping.ToMessage(g.ToList(), sources).ToByteArray()))
            .ToList();
        await timelines.SaveAssessmentsAsync(assessments, ct);
    }

    /// <summary>Computes a variable on demand with other options (a baseline method, a daily grid); stores nothing.</summary>
    public async Task<(V1.Timeline Timeline, IReadOnlyList<ClaimRow> Claims, VariableResult Result)?> ComputeAsync(string variable, ReconcileOptions options, V1.Method method, CancellationToken ct)
    {
        var claims = await projection.LoadActiveClaimsAsync(variable, ct);
        if (claims.Count == 0)
        {
            return null;
        }
        var sources = await projection.LoadSourcesAsync(ct);
        var result = Reconciler.ReconcileVariable(BuildInput(variable, claims, sources), _model, options);
        var unit = measures.Get("measures/" + EngineInputs.MeasureOf(variable)).Unit;
        return (TimelineMapping.ToTimeline(result, claims, sources, unit, method), claims, result);
    }

    private VariableInput BuildInput(string variable, IReadOnlyList<ClaimRow> claims, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var measure = measures.Get("measures/" + EngineInputs.MeasureOf(variable));
        var kind = measure.Kind switch
        {
            Conflict.Claims.V1.MeasureKind.Cumulative => MeasureKind.Cumulative,
            Conflict.Claims.V1.MeasureKind.Flow => MeasureKind.Flow,
            Conflict.Claims.V1.MeasureKind.Level => MeasureKind.Level,
            _ => MeasureDefaults.Kind(EngineInputs.MeasureOf(variable)),
        };
        return EngineInputs.Build(variable, claims, sources, kind);
    }

    private (VariableRow Row, V1.Timeline? Timeline) Computed(string variable, IReadOnlyList<ClaimRow> claims, IReadOnlyDictionary<string, SourceRow> sources, VariableResult? result)
    {
        var parts = variable.Split('/');
        var unit = measures.Get("measures/" + parts[0]).Unit;
        var timeline = result is null ? null : TimelineMapping.ToTimeline(result, claims, sources, unit, V1.Method.StateSpace);
        var conflicts = new V1.ListConflictsResponse();
        if (result is not null)
        {
            conflicts.Conflicts.AddRange(result.Conflicts.Select(g => TimelineMapping.ToConflict(variable, g, claims, sources)));
        }
        var row = new VariableRow
        {
            Variable = variable,
            Measure = parts[0],
            Party = parts.Length > 1 && parts[1] != "-" ? parts[1] : "",
            Place = parts.Length > 2 ? parts[2] : "",
            ClaimCount = claims.Count,
            StatementCount = claims.Select(c => c.StatementKey).Distinct(StringComparer.Ordinal).Count(),
            FirstDay = claims.Count == 0 ? 0 : claims.Min(c => c.AsOfStart),
            LastDay = claims.Count == 0 ? 0 : claims.Max(c => c.AsOfEnd),
            UpdatedMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            Timeline = timeline?.ToByteArray(),
            Conflicts = conflicts.Conflicts.Count > 0 ? conflicts.ToByteArray() : null,
        };
        return (row, timeline);
    }

    /// <summary>Stores computed variables, then publishes each timeline with the revision the store gave it.</summary>
    private async Task SaveAsync(List<(VariableRow Row, V1.Timeline? Timeline)> computed, CancellationToken ct)
    {
        var revisions = await timelines.SaveAsync(computed.Select(c => c.Row).ToList(), ct);
        metrics.TimelinesRecomputed(computed.Count);
        for (var i = 0; i < computed.Count; i++)
        {
            if (computed[i].Timeline is { } timeline)
            {
                timeline.Revision = revisions[i];
                broadcaster.Publish(timeline);
            }
        }
    }
}
