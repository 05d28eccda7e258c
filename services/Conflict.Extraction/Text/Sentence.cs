namespace Conflict.Extraction.Text;

/// <summary>A sentence as a token range [First, End) inside paragraph number <c>Paragraph</c>.</summary>
internal readonly record struct Sentence(int First, int End, int Paragraph)
{
    public int Length => End - First;
}
