using Conflict.Extraction.Text;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// Delimits speaker phrases around a reporting verb: the subject to its left (skipping "has", "also" and a
/// parenthetical ", for their part,"), or the phrase to its right up to a preposition, date or punctuation.
/// </summary>
internal sealed class SpeakerPhrases(Lexicon.Lexicon lex)
{
    private const int MaxLeft = 8;
    private const int MaxRight = 12;
    /// <summary>"the latest figures from", "les derniers chiffres de": words between a determiner and a source noun.</summary>
    private static readonly HashSet<string> Recency = Lexicon.Lexicon.Set(["latest", "last", "new", "recent", "most", "official",
        "dernier", "derniers", "derniere", "dernieres", "nouveau", "nouveaux", "nouvelle", "nouvelles", "recent", "recents",
        "officiel", "officiels", "officielle", "officielles"]);
    private static readonly HashSet<string> Relatives = Lexicon.Lexicon.Set(["qui", "who", "which"]);
    private static readonly HashSet<string> KeepOf = Lexicon.Lexicon.Set(["of", "de", "d'", "du", "des"]);

    /// <summary>The subject before the verb at <paramref name="p"/>; <c>AfterQuote</c> when a quotation closes right before.</summary>
    public (int A, int B, bool AfterQuote, int ParenStart, int ParenEnd) Left(DocumentText doc, Sentence s, int p)
    {
        int parenStart = 0, parenEnd = 0;
        var t = doc.Tokens;
        var k = p - 1;
        var afterQuote = doc.QuoteBefore[p] == DocumentText.CloseMark;
        while (k >= s.First && !afterQuote && lex.SkipBeforeVerb.Contains(t[k].Key))
        {
            afterQuote = doc.QuoteBefore[k] == DocumentText.CloseMark;
            k--;
        }
        if (k >= s.First && t[k].Key == "," && !afterQuote && doc.QuoteBefore[k] != DocumentText.CloseMark)
        {
            var open = k - 1;
            while (open > s.First && open > k - 8 && t[open].Key != "," && doc.QuoteBefore[open] == 0)
            {
                open--;
            }
            if (open > s.First && t[open].Key == "," && open < k - 1)
            {
                (parenStart, parenEnd) = (open + 1, k);
                k = open - 1;
            }
        }
        afterQuote |= k >= s.First && t[k].Key == "," && doc.QuoteBefore[k] == DocumentText.CloseMark;
        var b = k + 1;
        var a = b;
        while (a - 1 >= s.First && b - a < MaxLeft && !afterQuote)
        {
            var token = t[a - 1];
            var boundary = token.Kind == TokenKind.Punct && token.Key is not ("-" or "." or ")" or "(")
                || token.IsWord && !token.Upper && lex.SpeakerStops.Contains(token.Key) && !KeepOf.Contains(token.Key)
                   && !InsideName(t, a - 1, s.End);
            if (boundary)
            {
                break;
            }
            a--;
            if (doc.QuoteBefore[a] != 0)
            {
                afterQuote = doc.QuoteBefore[a] == DocumentText.CloseMark;
                break;
            }
        }
        (a, b) = TrimLocative(t, a, b);
        // "le gouvernement du Hamas, qui contrôle Gaza, a estimé": the subject is before the relative clause
        if (!afterQuote && a - 2 >= s.First && Relatives.Contains(t[a - 1].Key) && t[a - 2].Key == ",")
        {
            var (ra, rb, _, _, _) = Left(doc, s, a - 2);
            if (rb > ra && Plausible(t, ra, rb))
            {
                return (ra, rb, false, parenStart, parenEnd);
            }
        }
        // "the health ministry in Gaza said": the phrase stopped at "in"; the subject is the ministry before it
        if (!afterQuote && a - 2 >= s.First && b > a && Scope.Gazetteer.Places.Match(t, a, b, out _) == b - a
            && lex.LocativePrepositions.Contains(t[a - 1].Key) && !t[a - 1].Upper)
        {
            var (sa, sb, _, _, _) = Left(doc, s, a - 1);
            if (sb > sa && Plausible(t, sa, sb) && sb == a - 1)
            {
                return (sa, sb, false, parenStart, parenEnd);
            }
        }
        return (a, b, afterQuote, parenStart, parenEnd);
    }

    /// <summary>The phrase after a verb or "according to", up to a boundary.</summary>
    public (int A, int B) Right(DocumentText doc, Sentence s, int start, bool according)
    {
        var t = doc.Tokens;
        while (start < s.End && lex.SkipBeforeVerb.Contains(t[start].Key))
        {
            start++;
        }
        if (!according && start < s.End && lex.LocativePrepositions.Contains(t[start].Key))
        {
            for (var k = start + 1; k < Math.Min(s.End - 1, start + 5); k++)
            {
                if (lex.Determiners.Contains(t[k].Key) && !t[k].Upper && t[k + 1].IsWord)
                {
                    start = k;
                    break;
                }
                if (!t[k].IsWord)
                {
                    break;
                }
            }
        }
        var b = start;
        while (b < s.End && b - start < MaxRight)
        {
            var token = t[b];
            if (b > start && doc.QuoteBefore[b] != 0)
            {
                break;
            }
            var boundary = token.Kind == TokenKind.Punct && token.Key != "-"
                || token.IsWord && lex.SpeakerStops.Contains(token.Key) && !(b == start && lex.Determiners.Contains(token.Key))
                   && !(according && lex.SourceLinks.Contains(token.Key)) && !InsideName(t, b, s.End);
            var clause = token.Key is "and" or "et" && b + 1 < s.End && !t[b + 1].Upper;
            if (boundary || token.IsNumber || clause || b > start && lex.RelayWords.Contains(t, b, s.End))
            {
                break;
            }
            b++;
        }
        return (start, b);
    }

    /// <summary>"its foreign ministry spokesman, Georgy Tykhy": a title followed by a name in apposition becomes the name.</summary>
    public (int A, int B) Apposition(DocumentText doc, Sentence s, int a, int b)
    {
        var t = doc.Tokens;
        if (!HasRole(t, a, b))
        {
            return (a, b);
        }
        // "son commandant en chef, Oleksandr Syrsky": the title may run on for a few words before the comma
        for (var comma = b; comma < Math.Min(s.End - 1, b + 4); comma++)
        {
            if (t[comma].Key == ",")
            {
                var (na, nb) = Right(doc, s, comma + 1, according: false);
                return nb > na && t[na].Upper ? (na, nb) : (a, b);
            }
            if (!t[comma].IsWord)
            {
                break;
            }
        }
        return (a, b);
    }

    /// <summary>"calculations made by AFP" → "AFP"; "a report from the Russian authorities" → "the Russian authorities"; "AFP analysis" → "AFP".</summary>
    public (int A, int B) StripSourceNouns(List<Token> t, int a, int b)
    {
        var x = a;
        while (x < b && (lex.Determiners.Contains(t[x].Key) || lex.SourceNouns.Contains(t[x].Key) || Recency.Contains(t[x].Key)))
        {
            x++;
        }
        if (x > a && x < b - 1 && lex.SourceLinks.Contains(t[x].Key))
        {
            a = x + 1;
        }
        for (var i = b - 2; i > a; i--)
        {
            // "calculations made by AFP", not "le gouverneur par intérim X"
            if (t[i].Key is "by" or "par" && HasSourceNoun(t, a, i))
            {
                a = i + 1;
                break;
            }
        }
        while (b - 1 > a && lex.SourceNouns.Contains(t[b - 1].Key))
        {
            b--;
        }
        return (a, b);
    }

    /// <summary>True for "for", "of", "de"... between capitalised words of one name.</summary>
    public static bool IsNameLink(List<Token> t, int i, int end) => InsideName(t, i, end);

    /// <summary>"Institute for the Study of War", "Ministère de la Défense": a lower-case link between capitalised words.</summary>
    private static bool InsideName(List<Token> t, int i, int end)
        => i > 0 && t[i - 1].Upper && t[i].Key is "for" or "of" or "de" or "du" or "des" or "d'" or "pour"
           && (i + 1 < end && t[i + 1].Upper || i + 2 < end && t[i + 1].Key is "the" or "la" or "l'" or "le" && t[i + 2].Upper);

    /// <summary>Could the phrase name someone: a capitalised word, a title, an institution or a side?</summary>
    public bool Plausible(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (t[i].Upper && !lex.Determiners.Contains(t[i].Key) || lex.OrganisationWords.Contains(t[i].Key) || lex.Roles.Contains(t, i, b)
                || Scope.Gazetteer.MatchParty(t, i, b, out _, out _) > 0)
            {
                return true;
            }
        }
        return false;
    }

    private bool HasSourceNoun(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (lex.SourceNouns.Contains(t[i].Key))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasRole(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (lex.Roles.Contains(t, i, b))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A subject ending in a place, "the health ministry in Gaza", keeps the ministry; otherwise what follows
    /// the last preposition of place stands ("On Monday in Kyiv the president" keeps the president).</summary>
    private (int A, int B) TrimLocative(List<Token> t, int a, int b)
    {
        for (var i = b - 1; i >= a; i--)
        {
            if (!t[i].Upper && lex.LocativePrepositions.Contains(t[i].Key) && !KeepOf.Contains(t[i].Key))
            {
                var placeToEnd = Scope.Gazetteer.Places.Match(t, i + 1, b, out _) == b - i - 1;
                return i > a && placeToEnd && Plausible(t, a, i) ? (a, i) : (i + 1, b);
            }
        }
        return (a, b);
    }
}
