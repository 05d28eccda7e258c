using Conflict.Extraction.Numbers;
using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Matching;

/// <summary>
/// Decides which measure a quantity is about, from its unit, the noun phrase it counts ("12 civilians",
/// "82 localities") and the catalog's trigger words nearby; the nearest trigger wins, a period ("since
/// January 1", "depuis") favours flow measures, and a passive predicate ("have been injured") only reaches back.
/// </summary>
internal sealed class MeasureMatcher(Lexicon.Lexicon lex, MeasureIndex index)
{
    private const int Before = 15;
    private const int After = 12;

    public MeasureMatch? Match(List<Token> t, Sentence s, Quantity q, IReadOnlyList<Quantity> all, bool period)
    {
        if (q.Unit == "km" && IsDistance(t, s, q))
        {
            return null;
        }
        var np = NounPhrase.Read(t, q.End, s.End, lex, index);
        var distances = TriggerDistances(t, s, q, all, out var keys, out var own);
        MeasureMatch? best = null;
        for (var m = 0; m < index.Measures.Count; m++)
        {
            var measure = index.Measures[m];
            if (measure.Unit != q.Unit || measure.Max is { } max && q.Magnitude > max || measure.Min is { } min && q.Magnitude < min)
            {
                continue;
            }
            // "4,000 killed and wounded": a trigger only this measure has, next to the number, stands for its noun
            var nounHit = np.Measures.Contains(m) || q.Unit == "count" && own[m] && distances[m] <= 1 && !np.Content;
            var trigger = distances[m];
            var anyTrigger = distances.Where((d, i) => index.Measures[i].Unit == q.Unit && d < int.MaxValue).Any();
            var flowBonus = period && measure.Kind == "flow" && anyTrigger;
            var eligible = q.Unit == "count"
                ? nounHit && (!measure.TriggerRequired || trigger < int.MaxValue || flowBonus)
                  || !nounHit && !np.Content && !measure.NounRequired && (trigger < int.MaxValue || flowBonus)
                : trigger < int.MaxValue || flowBonus;
            if (!eligible)
            {
                continue;
            }
            var score = (nounHit ? 10 : 0) + (trigger < int.MaxValue ? 6 - 0.25 * trigger : 0) + (flowBonus ? 7 : 0);
            if (best is null || score > best.Score)
            {
                best = new MeasureMatch(m, keys[m], nounHit, np.Nationality, score);
            }
        }
        return best;
    }

    private int[] TriggerDistances(List<Token> t, Sentence s, Quantity q, IReadOnlyList<Quantity> all, out string[] keys, out bool[] own)
    {
        var distances = new int[index.Measures.Count];
        keys = new string[index.Measures.Count];
        own = new bool[index.Measures.Count];
        Array.Fill(distances, int.MaxValue);
        var lo = Math.Max(s.First, q.Start - Before);
        var hi = Math.Min(s.End, q.End + After);
        var found = new List<(int Length, List<int> Values)>();
        for (var p = lo; p < hi; p++)
        {
            if (p >= q.Start && p < q.End || p < q.Start && p > s.First && lex.Auxiliaries.Contains(t[p - 1].Key))
            {
                continue;
            }
            index.Triggers.MatchAll(t, p, hi, found);
            foreach (var (n, ids) in found)
            {
                var distance = Math.Max(0, p < q.Start ? q.Start - (p + n) : p - q.End) + (Between(all, q, p) ? 6 : 0);
                foreach (var id in ids)
                {
                    if (distance < distances[id])
                    {
                        distances[id] = distance;
                        keys[id] = t[p].Key;
                        own[id] = ids.Count == 1;
                    }
                }
            }
        }
        return distances;
    }

    private static bool Between(IReadOnlyList<Quantity> all, Quantity q, int p)
    {
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, q) && (p < q.Start ? other.Start > p && other.End <= q.Start : other.Start >= q.End && other.Start < p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"108 kilometers away", "10 km from the border", "à 30 km de Koursk": a distance, not an advance.</summary>
    private bool IsDistance(List<Token> t, Sentence s, Quantity q)
    {
        if (lex.DistanceBefore.MatchEndingAt(t, s.First, q.Start, out _) > 0)
        {
            return true;
        }
        if (q.End >= s.End || !lex.DistanceAfter.Contains(t[q.End].Key))
        {
            return false;
        }
        var next = q.End + 1 < s.End ? t[q.End + 1].Key : "";
        return lex.Language != "fr" || !index.Triggers.Contains(t, q.End + 1, s.End) && next is not ("large" or "long" or "profondeur");
    }
}
