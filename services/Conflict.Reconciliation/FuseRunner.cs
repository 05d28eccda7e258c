using Conflict.Reconciliation.Engine;
using Conflict.Reconciliation.Timelines;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation;

/// <summary>Static fusion of a plain claims stream with the engine, mapped to the public messages.</summary>
internal sealed class FuseRunner
{
    /// <summary>Probability mass of the numeric intervals.</summary>
    public double CredibleMass { get; init; } = 0.9;

    public V1.FuseClaimsResponse Fuse(IReadOnlyList<FusionRow> rows, V1.Method method)
    {
        var result = Fusion.Fuse(rows, TimelineReader.ToEngine(method), CredibleMass);
        var response = new V1.FuseClaimsResponse();
        foreach (var value in result.Values.OrderBy(v => v.ObjectKey, StringComparer.Ordinal))
        {
            var fused = new V1.FusedValue { Object = value.ObjectKey, Value = value.Value };
            if (value.IsNumeric)
            {
                if (value.Low is { } low) { fused.Low = low; }
                if (value.High is { } high) { fused.High = high; }
            }
            else
            {
                fused.Confidence = value.Confidence;
            }
            response.Values.Add(fused);
        }
        // Weights are reported relative to the average source so that they read the same whatever the method.
        var mean = result.Sources.Count == 0 ? 1 : result.Sources.Average(s => s.Weight);
        response.Sources.AddRange(result.Sources.OrderBy(s => s.Source, StringComparer.Ordinal).Select(s => new V1.FusedSource
        {
            Source = s.Source,
            Weight = mean > 0 && double.IsFinite(s.Weight) ? s.Weight / mean : 1,
            ClaimCount = s.Claims,
        }));
        return response;
    }
}
