namespace Conflict.Reconciliation.Engine.Timeline;

/// <summary>Finds echoes: a claimant stating exactly the figure another claimant stated about the same variable a few
/// days earlier (1 to 3) is taken to repeat it (the Pentagon echoing the White House), so it joins that statement
/// instead of counting as a second witness (Dong et al., VLDB 2009: shared values, published later, are evidence of
/// copying). The same figure from two claimants on the same day, or a claimant repeating its own figure on another day,
/// stays separate. And one claimant's statements about the same period are one witness, however the figure is worded or
/// whoever relays it ("1,250 km²" via AFP and "more than 1,250" via another outlet): they share the key of the most
/// precise of them, whose figure stands for the statement.</summary>
internal static class EchoCollapser
{
    private const int WindowDays = 3;

    /// <summary>The statement key of each claim after collapsing echoes (its own key or claim id otherwise).</summary>
    public static string[] Keys(IReadOnlyList<ClaimInput> claims, Stated?[] parsed)
    {
        var keys = new string[claims.Count];
        var order = new int[claims.Count];
        var ends = new int[claims.Count];
        for (var c = 0; c < claims.Count; c++)
        {
            keys[c] = claims[c].StatementKey ?? claims[c].Id;
            order[c] = c;
            ends[c] = claims[c].End.DayNumber;
        }
        Array.Sort(ends, order);
        SameClaimantSamePeriod(claims, parsed, keys);
        var seen = new Dictionary<(double, double), List<int>>();
        foreach (var c in order)
        {
            if (parsed[c] is not { } value)
            {
                continue;
            }
            var signature = (value.Low, value.High);
            if (!seen.TryGetValue(signature, out var earlier))
            {
                seen[signature] = [c];
                continue;
            }
            foreach (var e in earlier)
            {
                var gap = claims[c].End.DayNumber - claims[e].End.DayNumber;
                if (gap is >= 1 and <= WindowDays && claims[e].Claimant != claims[c].Claimant && SamePeriodLength(claims[e], claims[c]))
                {
                    keys[c] = keys[e];
                    break;
                }
            }
            earlier.Add(c);
        }
        return keys;
    }

    private static void SameClaimantSamePeriod(IReadOnlyList<ClaimInput> claims, Stated?[] parsed, string[] keys)
    {
        var groups = Enumerable.Range(0, claims.Count).Where(c => parsed[c] is not null && !string.IsNullOrEmpty(claims[c].Claimant))
            .GroupBy(c => (claims[c].Claimant, claims[c].From, claims[c].End));
        foreach (var group in groups)
        {
            var representative = group.MinBy(c => Imprecision(parsed[c]!.Value));
            foreach (var c in group)
            {
                keys[c] = keys[representative];
            }
        }
    }

    /// <summary>How loosely a statement pins the figure: a point by its rounding, a bound or range worse than any point.</summary>
    internal static double Imprecision(Stated value) =>
        value.IsPoint ? value.RoundingVariance : double.IsFinite(value.High - value.Low) ? 1 + value.High - value.Low : double.PositiveInfinity;

    private static bool SamePeriodLength(ClaimInput a, ClaimInput b) =>
        a.End.DayNumber - a.From.DayNumber == b.End.DayNumber - b.From.DayNumber;
}
