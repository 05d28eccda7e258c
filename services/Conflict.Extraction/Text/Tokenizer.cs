namespace Conflict.Extraction.Text;

/// <summary>
/// Splits text into word, number, punctuation and quote tokens in one linear pass. Keys are folded and
/// interned per document so repeated words share one string.
/// </summary>
internal sealed class Tokenizer(Vocabulary? vocabulary = null)
{
    private static readonly HashSet<string> Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];
    private readonly Dictionary<string, string> _interned = new(StringComparer.Ordinal);
    private readonly char[] _buffer = new char[256];

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var gap = Gap.Newline;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                gap = c is '\n' or '\r' or '\u2028' or '\u2029' ? Gap.Newline
                    : gap == Gap.Newline ? gap
                    : TextFold.IsFixedSpace(c) && gap is Gap.None or Gap.FixedSpace ? Gap.FixedSpace : Gap.Space;
                i++;
                continue;
            }
            i = c is >= '0' and <= '9' ? ReadNumber(text, i, gap, tokens)
                : char.IsLetter(c) || c is '²' or '³' ? ReadWord(text, i, gap, tokens)
                : ReadPunct(text, i, gap, tokens);
            gap = Gap.None;
        }
        return tokens;
    }

    private int ReadNumber(string text, int start, Gap gap, List<Token> tokens)
    {
        var end = start;
        while (end < text.Length && text[end] is >= '0' and <= '9' && end - start < 64)
        {
            end++;
        }
        var (number, numberMask) = Intern(text.AsSpan(start, end - start));
        tokens.Add(new Token(start, end, TokenKind.Number, number, false, gap) { Mask = numberMask });
        return end;
    }

    private int ReadWord(string text, int start, Gap gap, List<Token> tokens)
    {
        var end = start;
        var length = 0;
        while (end < text.Length && length < _buffer.Length - 2)
        {
            var c = text[end];
            if (TextFold.IsWordChar(c))
            {
                length += TextFold.Fold(c, _buffer.AsSpan(length));
                end++;
                continue;
            }
            if (!TextFold.IsApostrophe(c) || end + 1 >= text.Length || !char.IsLetter(text[end + 1]))
            {
                break;
            }
            if (length <= 6 && Elisions.Contains(new string(_buffer, 0, length)))
            {
                _buffer[length++] = '\'';
                end++;
                break;
            }
            var possessive = (text[end + 1] is 's' or 'S') && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]));
            if (possessive)
            {
                break;
            }
            _buffer[length++] = '\'';
            end++;
        }
        var upper = char.IsUpper(text[start]);
        var (word, wordMask) = Intern(_buffer.AsSpan(0, length));
        tokens.Add(new Token(start, end, TokenKind.Word, word, upper, gap) { Mask = wordMask });
        if (end + 1 < text.Length && TextFold.IsApostrophe(text[end]) && text[end + 1] is 's' or 'S'
            && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
        {
            tokens.Add(new Token(end, end + 2, TokenKind.Word, "'s", false, Gap.None));
            end += 2;
        }
        return end;
    }

    private int ReadPunct(string text, int start, Gap gap, List<Token> tokens)
    {
        var c = text[start];
        var kind = c switch
        {
            '\u201c' or '\u00ab' or '\u201e' or '\u2039' or '\u201f' => TokenKind.OpenQuote,
            '\u201d' or '\u00bb' or '\u203a' => TokenKind.CloseQuote,
            '"' => TokenKind.StraightQuote,
            _ => TokenKind.Punct,
        };
        Span<char> one = stackalloc char[2];
        var n = TextFold.Fold(c, one);
        var (punct, punctMask) = Intern(one[..n]);
        tokens.Add(new Token(start, start + 1, kind, punct, false, gap) { Mask = punctMask });
        return start + 1;
    }

    private (string Key, UInt128 Mask) Intern(ReadOnlySpan<char> key)
    {
        if (vocabulary is not null)
        {
            return vocabulary.Lookup(key);
        }
        var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var existing))
        {
            return (existing, 0);
        }
        var s = key.ToString();
        _interned[s] = s;
        return (s, 0);
    }
}
