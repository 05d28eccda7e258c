using Conflict.Extraction.Text;

namespace Conflict.Extraction.Lexicon;

/// <summary>A word list that can take a bit of a <see cref="Vocabulary"/>.</summary>
internal interface IBindable
{
    void Bind(Vocabulary vocabulary);
}
