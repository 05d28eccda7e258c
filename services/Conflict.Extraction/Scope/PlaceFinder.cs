using Conflict.Extraction.Text;

namespace Conflict.Extraction.Scope;

/// <summary>Finds places in a sentence: gazetteer names, and "this/cette [Ukrainian] region" pointing back to a region.</summary>
internal sealed class PlaceFinder(Lexicon.Lexicon lex)
{
    /// <summary>The countries a document names anywhere (by a place name of the gazetteer).</summary>
    public static IEnumerable<string> CountriesNamed(List<Token> t)
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (Gazetteer.Places.TryMatch(t, k, t.Count, out var n, out var code))
            {
                yield return code;
                k += n - 1;
            }
        }
    }

    public List<PlaceMention> Find(List<Token> t, int first, int end, PlaceMemory memory)
    {
        var found = new List<PlaceMention>();
        for (var k = first; k < end; k++)
        {
            if (Gazetteer.Places.TryMatch(t, k, end, out var n, out var code) && !IsPartyUse(t, k + n, end))
            {
                // "Russia's Belgorod region": the region is the place, with the country's preposition
                if (k + n + 1 < end && t[k + n].Key == "'s" && Gazetteer.Places.TryMatch(t, k + n + 1, end, out var rn, out var region)
                    && region.StartsWith(code + "-", StringComparison.Ordinal))
                {
                    Add(found, memory, new PlaceMention(k + n + 1, k + n + 1 + rn, region, false, IsLocative(t, first, k)));
                    k += n + rn;
                    continue;
                }
                Add(found, memory, new PlaceMention(k, k + n, code, false, IsLocative(t, first, k)));
                k += n - 1;
                continue;
            }
            // A subdivision by its ISO name ("Artibonite"), as a proper noun, of a country the document names; a
            // capital only after "in", "à"...: otherwise it stands for its government ("Moscou affirme").
            if (t[k].Upper && Gazetteer.Subdivisions.TryMatch(t, k, end, out n, out code)
                && memory.IsNamed(Gazetteer.CountryOf(code)) && !IsPartyUse(t, k + n, end)
                && (IsLocative(t, first, k) is var locative && (locative || Gazetteer.MatchParty(t, k, end, out _, out _) == 0)))
            {
                Add(found, memory, new PlaceMention(k, k + n, code, false, locative));
                k += n - 1;
                continue;
            }
            var d = lex.Demonstratives.Match(t, k, end, out _);
            if (d > 0 && TryAnaphora(t, k, k + d, end, memory, out var mention))
            {
                found.Add(mention with { Locative = IsLocative(t, first, k) });
                k = mention.End - 1;
            }
        }
        return found;
    }

    private static void Add(List<PlaceMention> found, PlaceMemory memory, PlaceMention mention)
    {
        found.Add(mention);
        memory.Observe(mention.Code, mention.Locative);
    }

    private bool TryAnaphora(List<Token> t, int start, int j, int end, PlaceMemory memory, out PlaceMention mention)
    {
        mention = default;
        var country = "";
        var n = Gazetteer.MatchParty(t, j, end, out var party, out _);
        if (n > 0)
        {
            country = party.ToUpperInvariant();
            j += n;
        }
        if (j >= end || !lex.RegionNouns.Contains(t[j].Key))
        {
            return false;
        }
        var region = memory.LastRegion(country);
        mention = new PlaceMention(start, j + 1, region, true, false);
        return region.Length > 0;
    }

    /// <summary>"Ukraine's forces", "Russia said": a country named as an actor is no place.</summary>
    private bool IsPartyUse(List<Token> t, int after, int end)
        => after < end && (lex.ActorNouns.Contains(t[after].Key)
            || t[after].Key == "'s" && after + 1 < end && lex.ActorNouns.Contains(t[after + 1].Key));

    private bool IsLocative(List<Token> t, int first, int k)
    {
        for (var back = 1; back <= 3 && k - back >= first; back++)
        {
            var key = t[k - back].Key;
            if (lex.LocativePrepositions.Contains(key))
            {
                return key is not ("of" or "de" or "d'" or "du" or "des") || back == 1;
            }
            if (!lex.Determiners.Contains(key) && !lex.RegionNouns.Contains(key) && Gazetteer.MatchParty(t, k - back, k, out _, out _) == 0)
            {
                return false;
            }
        }
        return false;
    }
}
