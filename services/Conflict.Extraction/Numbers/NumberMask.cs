using Conflict.Extraction.Dates;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Numbers;

/// <summary>
/// Marks numbers that are no claim: dates, times, ages, bare years, "Top 10", ordinals, model names (Su-34),
/// money, phone numbers and labels (Article 5, Route 10).
/// </summary>
internal static class NumberMask
{
    private static readonly HashSet<string> Ordinals = Lexicon.Lexicon.Set(["st", "nd", "rd", "th", "er", "e", "eme", "ieme", "re", "nd", "eme", "ème"]);
    private static readonly HashSet<string> Labels = Lexicon.Lexicon.Set(["top", "article", "resolution", "route", "highway",
        "road", "number", "no", "room", "flight", "page", "chapter", "section", "paragraph", "bus", "line", "#", "n",
        "numero", "resolution", "brigade", "regiment", "division", "battalion", "bataillon", "vol", "covid", "episode",
        "season", "saison", "act", "level", "niveau", "phase", "tome", "volume", "g", "+", "tel", "tel."]);
    private static readonly HashSet<string> Money = Lexicon.Lexicon.Set(["$", "€", "£", "dollars", "euros", "roubles", "rubles",
        "hryvnias", "hryvnia", "usd", "eur", "rub", "uah", "dollar", "euro", "pounds", "yuan"]);
    private static readonly HashSet<string> YearContext = Lexicon.Lexicon.Set(["in", "since", "of", "en", "depuis", "de",
        "year", "annee", "spring", "summer", "autumn", "fall", "winter", "printemps", "ete", "automne", "hiver",
        "until", "jusqu'en", "by", "from", "to", "and", "et", "-", "early", "late", "fin", "debut", "mid"]);

    private static readonly Token None = new(0, 0, TokenKind.Punct, "", false, Gap.Space);

    public static void Apply(List<Token> t, int first, int end, bool[] masked, List<DateMention> dates, Lexicon.Lexicon lex)
    {
        foreach (var d in dates)
        {
            Array.Fill(masked, true, d.Start, d.End - d.Start);
        }
        for (var k = first; k < end; k++)
        {
            if (t[k].IsNumber && !masked[k] && IsNoClaim(t, first, end, k, lex))
            {
                masked[k] = true;
            }
        }
        MaskDigitRuns(t, first, end, masked);
    }

    private static bool IsNoClaim(List<Token> t, int first, int end, int k, Lexicon.Lexicon lex)
    {
        var prev = k > first ? t[k - 1] : None;
        var next = k + 1 < end ? t[k + 1] : None;
        if (next.Gap == Gap.None && next.Key is ":" or "h" && k + 2 < end && t[k + 2].IsNumber || next.IsWord && next.Gap == Gap.None && (Ordinals.Contains(next.Key) || IsClock(next.Key)))
        {
            return true;
        }
        if (Labels.Contains(prev.Key) || Money.Contains(prev.Key) || Money.Contains(next.Key)
            || k + 2 < end && Money.Contains(t[k + 2].Key) && lex.ScaleWords.ContainsKey(next.Key))
        {
            return true;
        }
        if (prev.Key == "-" && prev.Gap == Gap.None && k >= first + 2 && t[k - 2].IsWord && t[k].Gap == Gap.None)
        {
            return true;
        }
        if (lex.AgeAfter.Match(t, k + 1, end, out _) > 0 || lex.AgeBefore.MatchEndingAt(t, first, k, out _) > 0)
        {
            return true;
        }
        return IsYear(t, k, end, prev, next);
    }

    private static bool IsYear(List<Token> t, int k, int end, Token prev, Token next)
    {
        var key = t[k].Key;
        if (key.Length != 4 || key[0] is not ('1' or '2') || !(key.StartsWith("19", StringComparison.Ordinal) || key.StartsWith("20", StringComparison.Ordinal)))
        {
            return false;
        }
        var glued = next.Gap == Gap.None && next.Key is "," or "." && k + 2 < end && t[k + 2].IsNumber;
        return !glued && (YearContext.Contains(prev.Key) || !next.IsWord || next.Upper);
    }

    private static bool IsClock(string key) => key is "am" or "pm" or "a.m" or "p.m" or "h" || key.Length > 1 && key[0] == 'h' && char.IsDigit(key[1]);

    private static void MaskDigitRuns(List<Token> t, int first, int end, bool[] masked)
    {
        var runStart = -1;
        var count = 0;
        for (var k = first; k <= end; k++)
        {
            var continues = k < end && t[k].IsNumber && t[k].Key.Length <= 4
                && (count == 0 || t[k].Gap != Gap.None || t[k - 1].Key is "." or "-");
            if (k < end && (t[k].Key is "." or "-") && t[k].Gap == Gap.None && count > 0)
            {
                continue;
            }
            if (continues)
            {
                runStart = count == 0 ? k : runStart;
                count++;
                continue;
            }
            if (count >= 4 || count >= 2 && runStart > first && t[runStart - 1].Key == "+")
            {
                Array.Fill(masked, true, runStart, k - runStart);
            }
            count = 0;
        }
    }
}
