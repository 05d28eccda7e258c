namespace Conflict.Extraction.Text;

/// <summary>
/// A token of the text: offsets into the original string, its folded key (lower case, no diacritics,
/// typographic apostrophes made straight) and whether it starts with a capital letter.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Key, bool Upper, Gap Gap)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsQuote => Kind is TokenKind.OpenQuote or TokenKind.CloseQuote or TokenKind.StraightQuote;

    public bool Is(string key) => string.Equals(Key, key, StringComparison.Ordinal);

    /// <summary>Which word lists of the model can match at this token (see <see cref="Vocabulary"/>).</summary>
    public UInt128 Mask { get; init; }

    public bool Has(int bit) => bit >= 0 && (Mask & (UInt128.One << bit)) != 0;
}
