namespace Conflict.Extraction.Text;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    OpenQuote,
    CloseQuote,
    StraightQuote,
}
