namespace Conflict.Extraction.Text;

/// <summary>
/// A document ready for analysis: tokens without quotation marks (where a mark stood is kept in
/// <see cref="QuoteBefore"/>), sentences and paragraphs over those tokens, and the quoted spans.
/// </summary>
internal sealed class DocumentText
{
    private DocumentText(string text, List<Token> tokens, byte[] quoteBefore, List<Sentence> sentences, List<QuoteSpan> quotes)
    {
        Text = text;
        Tokens = tokens;
        QuoteBefore = quoteBefore;
        Sentences = sentences;
        Quotes = quotes;
    }

    public const byte OpenMark = 1;
    public const byte CloseMark = 2;

    public string Text { get; }
    public List<Token> Tokens { get; }
    /// <summary>Per token: <see cref="OpenMark"/> or <see cref="CloseMark"/> when a quotation mark stood right before it.</summary>
    public byte[] QuoteBefore { get; }
    public List<Sentence> Sentences { get; }
    public List<QuoteSpan> Quotes { get; }

    public static DocumentText Build(string text, Vocabulary? vocabulary = null)
    {
        var all = new Tokenizer(vocabulary).Tokenize(text);
        var split = SentenceSplitter.Split(all);
        var tokens = new List<Token>(all.Count);
        var marks = new List<byte>(all.Count);
        var sentences = new List<Sentence>(split.Count);
        var quotes = new List<QuoteSpan>();
        var pending = (byte)0;
        var open = -1;
        var paragraph = -1;
        foreach (var s in split)
        {
            if (s.Paragraph != paragraph)
            {
                CloseQuote(quotes, ref open, tokens.Count);
                paragraph = s.Paragraph;
            }
            var first = tokens.Count;
            for (var i = s.First; i < s.End; i++)
            {
                var token = all[i];
                if (!token.IsQuote)
                {
                    tokens.Add(pending == 0 ? token : token with { Gap = token.Gap == Gap.None ? all[i - 1].Gap : token.Gap });
                    marks.Add(pending);
                    pending = 0;
                    continue;
                }
                var opening = token.Kind == TokenKind.OpenQuote || token.Kind == TokenKind.StraightQuote && open < 0;
                if (opening)
                {
                    CloseQuote(quotes, ref open, tokens.Count);
                    open = tokens.Count;
                    pending = OpenMark;
                }
                else
                {
                    CloseQuote(quotes, ref open, tokens.Count);
                    pending = CloseMark;
                }
            }
            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(first, tokens.Count, s.Paragraph));
            }
        }
        CloseQuote(quotes, ref open, tokens.Count);
        return new DocumentText(text, tokens, [.. marks], sentences, quotes);
    }

    private static void CloseQuote(List<QuoteSpan> quotes, ref int open, int end)
    {
        if (open >= 0 && end > open)
        {
            quotes.Add(new QuoteSpan(open, end));
        }
        open = -1;
    }
}
