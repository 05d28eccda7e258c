namespace Conflict.Extraction.Text;

/// <summary>Quoted speech: word tokens [Start, End) between an opening and a closing quotation mark.</summary>
internal readonly record struct QuoteSpan(int Start, int End)
{
    public bool Contains(int token) => token >= Start && token < End;
}
