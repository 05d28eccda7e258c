using Conflict.Extraction.Numbers;
using Conflict.Extraction.Text;
using Conflict.Extraction.Catalog;

namespace Conflict.Extraction.Scope;

/// <summary>
/// Chooses the party and place of a claim. Party, by the measure's role: the nearest acting side (the holder
/// of territory, the captor, the side whose troops are counted), inverted after "loss" wording, else the
/// claimant's side, else the adversary of the country the place belongs to. Place: the best place of the
/// sentence ("in ...", "this region" pointing back), else the region the document is about.
/// </summary>
internal sealed class ScopeResolver(Lexicon.Lexicon lex)
{
    public string Party(MeasureDefinition measure, string triggerKey, string nationality, Quantity q,
        List<ActorMention> actors, string claimantParty, string place)
    {
        nationality = nationality == Gazetteer.StateOfPlace ? Gazetteer.PartyOfPlace(place) : nationality;
        var fallback = claimantParty.Length > 0 ? claimantParty : Gazetteer.Adversary(Gazetteer.PartyOfPlace(place));
        switch (measure.PartyRole)
        {
            case "captor":
                return nationality.Length > 0 ? Gazetteer.Adversary(nationality) : Actor(q, actors, claimantParty, fallback);
            case "own":
                return nationality.Length > 0 ? nationality : Actor(q, actors, claimantParty, claimantParty);
            case "holder":
                var holder = Actor(q, actors, claimantParty, fallback);
                return triggerKey is not null && lex.LossWords.Contains(triggerKey) && Gazetteer.Adversary(holder).Length > 0
                    ? Gazetteer.Adversary(holder) : holder;
            default:
                return "";
        }
    }

    public static string Place(MeasureDefinition measure, Quantity q, List<Token> t, Sentence s, List<PlaceMention> places,
        string party, string dominant)
    {
        if (measure.Unit == "percent")
        {
            foreach (var p in places)
            {
                if (p.Start >= q.End && p.Start <= q.End + 4)
                {
                    return p.Code;
                }
            }
            var occupied = Gazetteer.Adversary(party);
            return occupied.Length > 0 ? occupied.ToUpperInvariant() : "";
        }
        PlaceMention? best = null;
        var bestScore = double.MinValue;
        foreach (var p in places)
        {
            var distance = p.Start >= q.End ? p.Start - q.End : q.Start - p.End;
            var score = (p.IsRegion ? 1 : 0) + (p.Anaphoric ? 3 : 0) + (p.Locative ? 2 : 0) - 0.03 * distance;
            if (score > bestScore)
            {
                (best, bestScore) = (p, score);
            }
        }
        // a country named in passing ("territories that Ukraine intended to use") does not outweigh the document's region
        var code = best is { } chosen && (bestScore > 0.5 || dominant.Length == 0) ? chosen.Code : dominant;
        return code.Length > 0 && !code.Contains('-', StringComparison.Ordinal) && dominant.StartsWith(code + "-", StringComparison.Ordinal)
            ? dominant : code;
    }

    private static string Actor(Quantity q, List<ActorMention> actors, string claimantParty, string fallback)
    {
        ActorMention? before = null, after = null;
        foreach (var a in actors)
        {
            if (a.End <= q.Start)
            {
                before = a;
            }
            else if (a.Start >= q.End && after is null)
            {
                after = a;
            }
        }
        var chosen = before ?? after;
        if (chosen is null)
        {
            return fallback;
        }
        return chosen.Value.Possessive ? (claimantParty.Length > 0 ? claimantParty : fallback) : chosen.Value.Party;
    }
}
