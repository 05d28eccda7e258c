using System.Globalization;
using Conflict.Reconciliation.Projection;
using Conflict.Type.V1;
using Google.Protobuf.WellKnownTypes;
using Engine = Conflict.Reconciliation.Engine;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>Maps engine results to the public messages, joining the claims' provenance for explanation.</summary>
internal static class TimelineMapping
{
    public static V1.Timeline ToTimeline(Engine.VariableResult result, IReadOnlyList<ClaimRow> claims, IReadOnlyDictionary<string, SourceRow> sources, string unit, V1.Method method)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var conflicting = result.Conflicts.SelectMany(g => g.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var timeline = new V1.Timeline { Variable = result.Key, Unit = unit, Method = method, UpdateTime = Timestamp.FromDateTime(DateTime.UtcNow) };
        timeline.Points.AddRange(result.Timeline.Select(ToPoint));
        foreach (var assessment in result.Claims)
        {
            if (byId.TryGetValue(assessment.ClaimId, out var row))
            {
                timeline.Evidence.Add(ToEvidence(row, assessment, sources, conflicting.Contains(row.Id)));
            }
        }
        return timeline;
    }

    public static V1.TimelinePoint ToPoint(Engine.TimelinePoint p) => new()
    {
        Date = p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Estimate = double.IsNaN(p.Estimate) ? 0 : p.Estimate,
        Low = double.IsNaN(p.Low) ? 0 : p.Low,
        High = double.IsNaN(p.High) ? 0 : p.High,
        StatementCount = p.IndependentStatements,
        Interpolated = p.IndependentStatements == 0,
        Category = p.Category ?? "",
        Probability = double.IsNaN(p.Probability) ? 0 : p.Probability,
    };

    private static V1.Evidence ToEvidence(ClaimRow row, Engine.ClaimAssessment assessment, IReadOnlyDictionary<string, SourceRow> sources, bool conflicting)
    {
        var claimant = sources.GetValueOrDefault(row.Claimant);
        var quantity = new Quantity { Qualifier = (Qualifier)row.Qualifier, Unit = row.Unit, Text = row.ValueText };
        if (row.Low is { } low) { quantity.Low = low; }
        if (row.High is { } high) { quantity.High = high; }
        if (row.Point is { } point) { quantity.Point = point; }
        return new V1.Evidence
        {
            Claim = row.Id,
            Claimant = row.Claimant,
            ClaimantDisplayName = claimant?.DisplayName ?? row.ClaimantText,
            ClaimantParty = claimant?.AlignedParty ?? "",
            ReporterDisplayName = sources.GetValueOrDefault(row.Reporter)?.DisplayName ?? row.ReporterText,
            Quote = row.Quote,
            AsOf = new DateSpan { StartDate = ProjectionMapping.FromDay(row.AsOfStart), EndDate = ProjectionMapping.FromDay(row.AsOfEnd) },
            Quantity = row.Qualifier == 0 ? null : quantity,
            StatementKey = row.StatementKey,
            Weight = Finite(assessment.Weight),
            Residual = Finite(assessment.Residual),
            BiasFactor = Math.Exp(Finite(assessment.SourceBias)),
            Conflicting = conflicting,
        };
    }

    public static V1.Conflict ToConflict(string variable, Engine.ConflictGroup group, IReadOnlyList<ClaimRow> claims, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var parts = group.ClaimIds.Where(byId.ContainsKey).Select(id => Describe(byId[id], sources));
        var conflict = new V1.Conflict
        {
            Variable = variable,
            StartDate = group.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = group.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Separation = Finite(group.Separation),
            Description = string.Join(" vs ", parts),
        };
        conflict.Claims.AddRange(group.ClaimIds);
        return conflict;
    }

    private static string Describe(ClaimRow row, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var who = sources.GetValueOrDefault(row.Claimant)?.DisplayName ?? row.ClaimantText;
        var value = row.ValueText.Length > 0 ? row.ValueText
            : (row.Point ?? row.Low ?? row.High)?.ToString("0.##", CultureInfo.InvariantCulture) ?? row.Category;
        return string.Create(CultureInfo.InvariantCulture, $"{value} ({who}, {ProjectionMapping.FromDay(row.AsOfEnd)})");
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
