using Conflict.Reconciliation.Projection;
using Engine = Conflict.Reconciliation.Engine;
using V1 = Conflict.Reconciliation.V1;

namespace Conflict.Reconciliation.Timelines;

/// <summary>Maps the engine's per-source (and per-source-and-measure) assessments to one message per source.</summary>
internal static class AssessmentMapping
{
    public static V1.SourceAssessment ToMessage(IReadOnlyList<Engine.SourceAssessment> ofOneSource, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var overall = ofOneSource.FirstOrDefault(a => a.Measure is null) ?? ofOneSource[0];
        var message = ToMessage(overall, sources);
        message.ByMeasure.AddRange(ofOneSource.Where(a => a.Measure is not null).Select(a => ToMessage(a, sources)));
        return message;
    }

    private static V1.SourceAssessment ToMessage(Engine.SourceAssessment a, IReadOnlyDictionary<string, SourceRow> sources)
    {
        var source = sources.GetValueOrDefault(a.Source);
        return new V1.SourceAssessment
        {
            Source = a.Source,
            DisplayName = source?.DisplayName ?? a.Source.Replace("unresolved:", "", StringComparison.Ordinal),
            AlignedParty = source?.AlignedParty ?? "",
            Measure = a.Measure ?? "",
            StatementCount = a.Statements,
            BiasFactor = Factor(a.Bias),
            BiasFactorLow = Factor(a.BiasLow),
            BiasFactorHigh = Factor(a.BiasHigh),
            Noise = Finite(a.Noise),
            NoiseLow = Finite(a.NoiseLow),
            NoiseHigh = Finite(a.NoiseHigh),
            Accuracy = Finite(a.Accuracy),
            Summary = a.Summary,
        };
    }

    private static double Factor(double logBias) => double.IsFinite(logBias) ? Math.Exp(logBias) : 1;

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
