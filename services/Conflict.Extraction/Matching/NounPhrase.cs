using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Matching;

/// <summary>
/// The words a number counts ("12 civilians", "hundreds of Russians", "deux travailleurs humanitaires russes"):
/// the measures whose nouns it holds, the nationality it names, and whether anything else is left ("10 men").
/// </summary>
internal readonly record struct NounPhrase(HashSet<int> Measures, string Nationality, bool Content)
{
    private const int MaxWords = 5;

    public static NounPhrase Read(List<Token> t, int start, int end, Lexicon.Lexicon lex, MeasureIndex index)
    {
        var j = start < end && lex.Of.Contains(t[start].Key) ? start + 1 : start;
        j += j < end && j > start && lex.Determiners.Contains(t[j].Key) ? 1 : 0;
        var measures = new HashSet<int>();
        var nationality = "";
        var content = false;
        var first = j;
        while (j < end && j - first < MaxWords && t[j].IsWord && !lex.NounPhraseStops.Contains(t[j].Key))
        {
            var n = index.Nouns.Match(t, j, end, out var ids);
            if (n > 0)
            {
                measures.UnionWith(ids);
                j += n;
                continue;
            }
            if (index.Triggers.Contains(t, j, end))
            {
                break;
            }
            n = Gazetteer.MatchParty(t, j, end, out var party, out _);
            if (n > 0)
            {
                nationality = nationality.Length > 0 ? nationality : party;
                j += n;
                continue;
            }
            if (Gazetteer.StateWords.Contains(t[j].Key))
            {
                nationality = nationality.Length > 0 ? nationality : Gazetteer.StateOfPlace;
            }
            content |= !lex.Ignorable.Contains(t[j].Key) && t[j].Key != "'s";
            j++;
        }
        return new NounPhrase(measures, nationality, content);
    }
}
