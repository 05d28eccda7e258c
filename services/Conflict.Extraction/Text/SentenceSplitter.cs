namespace Conflict.Extraction.Text;

/// <summary>
/// Splits tokens into sentences and paragraphs: a line break ends both; '.', '!', '?' and '…' end a sentence
/// when a space and a capital, digit or quote follow and the word before is no abbreviation.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longest sentence kept whole; longer runs (tables, binary junk) are cut to keep work bounded.</summary>
    public const int MaxTokens = 160;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "maj", "capt", "cpt", "st", "sq", "no", "vs", "approx",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "jr", "sr", "prof", "mgr", "mme", "mlle",
        "adm", "gov", "sen", "rep", "fig", "est", "av", "bd", "cf", "ca",
    };

    public static List<Sentence> Split(List<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var paragraph = -1;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Gap == Gap.Newline)
            {
                Close(sentences, first, i, paragraph);
                first = i;
                paragraph++;
            }
            else if (i - first >= MaxTokens)
            {
                Close(sentences, first, i, paragraph);
                first = i;
            }
            if (!IsTerminal(tokens, i))
            {
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Gap == Gap.None
                   && (tokens[end].Kind is TokenKind.CloseQuote or TokenKind.StraightQuote || tokens[end].Key is ")" or "]"))
            {
                end++;
            }
            if (end < tokens.Count && tokens[end].Gap != Gap.None && StartsSentence(tokens[end]))
            {
                Close(sentences, first, end, paragraph);
                first = end;
                i = end - 1;
            }
        }
        Close(sentences, first, tokens.Count, Math.Max(paragraph, 0));
        return sentences;
    }

    private static bool IsTerminal(List<Token> tokens, int i)
    {
        var key = tokens[i].Key;
        if (key is "!" or "?" or "\u2026")
        {
            return true;
        }
        if (key != "." || i == 0)
        {
            return false;
        }
        var before = tokens[i - 1];
        return !(before.IsWord && (before.Key.Length == 1 || Abbreviations.Contains(before.Key)));
    }

    private static bool StartsSentence(Token next)
        => next.Upper || next.IsNumber || next.Kind is TokenKind.OpenQuote or TokenKind.StraightQuote
           || next.Key is "-" or "\u2013" or "\u2014" or "(" or "\u2022";

    private static void Close(List<Sentence> sentences, int first, int end, int paragraph)
    {
        if (end > first)
        {
            sentences.Add(new Sentence(first, end, Math.Max(paragraph, 0)));
        }
    }
}
