namespace Conflict.Sources.Resolution;

/// <summary>The outcome of resolving one name: the chosen match (null when none or ambiguous) and the other candidates.</summary>
internal sealed record ResolutionResult(ResolvedMatch? Match, IReadOnlyList<ResolvedMatch> Candidates, bool Ambiguous)
{
    public static readonly ResolutionResult None = new(null, [], false);
}
