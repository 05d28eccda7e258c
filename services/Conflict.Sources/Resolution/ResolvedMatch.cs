namespace Conflict.Sources.Resolution;

/// <summary>A source a name may denote, with the confidence of the match and the name that matched.</summary>
internal sealed record ResolvedMatch(string SourceId, string DisplayName, double Confidence, string MatchedName)
{
    public ResolvedMatch Scaled(double factor) => this with { Confidence = Math.Round(Confidence * factor, 4) };
}
