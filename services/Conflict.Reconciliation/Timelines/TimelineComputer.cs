using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Projection;
using Conflict.Reconciliation.Replicas;
using Conflict.ServiceDefaults.Telemetry;
using Google.Protobuf;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// Computes timelines with the engine: the variables of this replica's partitions with the stored source
/// parameters (stored and published), the source parameters themselves in a learning pass over every variable, and
/// on-demand reads with other options.
/// </summary>
internal sealed class TimelineComputer(ProjectionStore projection, TimelineStore timelines, MeasureCatalog measures, TimelineBroadcaster broadcaster, ModelStore models, ConflictMetrics metrics)
{
    /// <summary>
    /// Recomputes variables with <paramref name="model"/> and stores them in one transaction under the leases of
    /// their partitions (<paramref name="owned"/>), then publishes each timeline with the revision the store gave it.
    /// </summary>
    public async Task RecomputeAsync(IReadOnlyList<(string Variable, long? Mark)> work, IReadOnlyDictionary<int, Lease> owned, SourceModel model, CancellationToken ct)
    {
        var sources = await projection.LoadSourcesAsync(ct);
        await measures.LoadForAsync(work.Select(w => w.Variable), ct);
        var computed = new List<(ComputedVariable Variable, V1.Timeline? Timeline)>(work.Count);
        // Stored in name order, the order the coordinator marks them in (see WorkStore.MarkDirtyAsync).
        foreach (var (variable, mark) in work.OrderBy(w => w.Variable, StringComparer.Ordinal))
        {
            var claims = await projection.LoadActiveClaimsAsync(variable, ct);
            var result = claims.Count == 0 ? null : Reconciler.ReconcileVariable(BuildInput(variable, claims, sources), model, ReconcileOptions.Default);
            var (row, timeline) = Computed(variable, claims, sources, result);
            computed.Add((new ComputedVariable(row, mark), timeline));
        }
        var fences = work.Select(w => owned[Partitions.Of(w.Variable)]).Distinct().OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        var revisions = await timelines.SaveAsync(computed.Select(c => c.Variable).ToList(), fences, ct);
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

    /// <summary>Learns the source parameters jointly over every variable; returns them with every source's assessment.</summary>
    public async Task<(SourceModel Model, IReadOnlyList<(string Source, byte[] Payload)> Assessments)> LearnAsync(CancellationToken ct)
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
        await measures.LoadForAsync(byVariable.Keys, ct);
        var inputs = byVariable.Select(v => BuildInput(v.Key, v.Value, sources)).ToList();
        // From the priors every time, not from the previous pass: EM stops near a fixed point that depends on where
        // it starts, so a warm start made the timelines depend on the order claims arrived in and on restarts (the
        // crash campaign found estimates 1.5% apart for the same claims). The same claims now give the same answer,
        // whichever replica learns them.
        // Only the model and the assessments: every variable is then recomputed with the stored model by the
        // replica that owns it, so producing the timelines here too would be thrown away.
        var (model, assessed) = Reconciler.LearnAndAssess(inputs, ReconcileOptions.Default);
        var assessments = assessed.GroupBy(a => a.Source, StringComparer.Ordinal)
            .Select(g => (g.Key, AssessmentMapping.ToMessage(g.ToList(), sources).ToByteArray()))
            .ToList();
        return (model, assessments);
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
        await measures.LoadForAsync([variable], ct);
        var model = (await models.CurrentAsync(ct)).Model;
        var result = Reconciler.ReconcileVariable(BuildInput(variable, claims, sources), model, options);
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
}
