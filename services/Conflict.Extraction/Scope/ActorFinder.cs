using Conflict.Extraction.Text;

namespace Conflict.Extraction.Scope;

/// <summary>
/// Finds the sides acting in a sentence. A country, capital or people counts unless it sits in a place phrase
/// ("into Russian territory", "in Russia"); an adjective counts next to an actor noun ("Ukrainian forces",
/// "les forces ukrainiennes", "Ukrainian territorial gains").
/// </summary>
internal sealed class ActorFinder(Lexicon.Lexicon lex)
{
    private static readonly HashSet<string> PlaceNouns = Lexicon.Lexicon.Set(["territory", "soil", "region", "border",
        "side", "city", "town", "village", "territoire", "sol", "region", "frontiere", "ville", "village", "oblast", "land", "regions"]);

    public List<ActorMention> Find(List<Token> t, int first, int end)
    {
        var found = new List<ActorMention>();
        for (var k = first; k < end; k++)
        {
            var n = Gazetteer.MatchParty(t, k, end, out var party, out var noun);
            if (n > 0)
            {
                noun |= lex.Language == "fr" && t[k].Upper && k > first && t[k].Key.EndsWith('s');
                if (noun ? IsActingNoun(t, first, k, k + n, end) : IsActingAdjective(t, first, k, k + n, end))
                {
                    found.Add(new ActorMention(k, k + n, party, false));
                }
                k += n - 1;
                continue;
            }
            if ((lex.ThirdPersonPossessives.Contains(t[k].Key) || lex.FirstPerson.Contains(t[k].Key))
                && k + 1 < end && lex.ActorNouns.Contains(t[k + 1].Key))
            {
                found.Add(new ActorMention(k, k + 2, "", true));
            }
        }
        return found;
    }

    private bool IsActingNoun(List<Token> t, int first, int k, int after, int end)
    {
        if (after < end && PlaceNouns.Contains(t[after].Key))
        {
            return false;
        }
        var before = k - 1;
        while (before >= first && lex.Determiners.Contains(t[before].Key))
        {
            before--;
        }
        if (before < first || !lex.LocativePrepositions.Contains(t[before].Key))
        {
            return true;
        }
        // "les troupes de Kiev", "forces of Ukraine": the preposition ties the name to an actor noun
        return before - 1 >= first && lex.ActorNouns.Contains(t[before - 1].Key) && t[before].Key is "de" or "of" or "d'";
    }

    private bool IsActingAdjective(List<Token> t, int first, int k, int after, int end)
    {
        for (var j = after; j < Math.Min(end, after + 2); j++)
        {
            if (lex.ActorNouns.Contains(t[j].Key))
            {
                return true;
            }
            if (!t[j].IsWord || PlaceNouns.Contains(t[j].Key))
            {
                break;
            }
        }
        return k - 1 >= first && lex.ActorNouns.Contains(t[k - 1].Key);
    }
}
