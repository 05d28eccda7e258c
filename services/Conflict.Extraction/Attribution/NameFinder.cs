using Conflict.Extraction.Dates;
using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// Finds a person's name in a token range: a run of capitalised words that are no place, side, title, month,
/// organisation word or acronym, joined by hyphens or particles ("Franz-Stefan Gady", "Ursula von der Leyen").
/// </summary>
internal sealed class NameFinder(Lexicon.Lexicon lex)
{
    private const int MaxWords = 4;
    private static readonly HashSet<string> Particles = Lexicon.Lexicon.Set(["de", "van", "von", "der", "al", "bin", "ibn", "da", "di", "del", "el", "abu", "ben"]);

    /// <summary>The last name run inside [a, b), or null.</summary>
    public (int Start, int End)? LastName(List<Token> t, string text, int a, int b)
    {
        for (var x = b - 1; x >= a; x--)
        {
            if (!IsNameWord(t, text, x))
            {
                continue;
            }
            var start = x;
            var words = 1;
            while (start - 1 >= a && words < MaxWords)
            {
                if (IsNameWord(t, text, start - 1) && t[start].Gap != Gap.Newline)
                {
                    start--;
                    words++;
                }
                else if (start - 2 >= a && (t[start - 1].Key == "-" && t[start - 1].Gap == Gap.None || Particles.Contains(t[start - 1].Key))
                         && IsNameWord(t, text, start - 2))
                {
                    start -= 2;
                    words++;
                }
                else
                {
                    break;
                }
            }
            return (start, x + 1);
        }
        return null;
    }

    public bool IsNameWord(List<Token> t, string text, int i)
    {
        var token = t[i];
        if (!token.IsWord || !token.Upper || token.Key.Length < 2 || IsAcronym(text, token))
        {
            return false;
        }
        var key = token.Key;
        return !(lex.Determiners.Contains(key) || lex.Honorifics.Contains(key) || lex.OrganisationWords.Contains(key)
            || lex.SpeakerStops.Contains(key) || lex.NounPhraseStops.Contains(key) || lex.SkipBeforeVerb.Contains(key)
            || lex.PersonPronouns.Contains(key) || lex.GroupPronouns.Contains(key) || lex.FirstPerson.Contains(key)
            || lex.RegionNouns.Contains(key) || lex.ActorNouns.Contains(key) || lex.Roles.Contains(t, i, i + 1)
            || DateWords.Months.ContainsKey(key) || DateWords.Weekdays.ContainsKey(key)
            || Gazetteer.MatchParty(t, i, i + 1, out _, out _) > 0 || Gazetteer.Places.Contains(t, i, i + 1)
            || lex.Frames.Contains(t, i, i + 1) || Common.Contains(key));
    }

    private static readonly HashSet<string> Common = Lexicon.Lexicon.Set(["but", "and", "so", "however", "after",
        "before", "while", "when", "if", "yet", "although", "there", "here", "what", "where", "why", "how", "all",
        "many", "some", "several", "both", "each", "most", "mais", "et", "puis", "cependant", "ainsi", "alors",
        "lorsque", "selon", "apres", "avant", "tous", "plusieurs", "certains", "read", "lire", "also", "aussi",
        "photo", "video", "west", "ouest", "east", "est", "telegram", "x", "facebook", "twitter", "instagram",
        "tiktok", "youtube", "vkontakte", "whatsapp", "war", "guerre", "world", "president", "minister", "general",
        "according", "just", "peace", "second", "first", "new", "last", "next", "so", "etat", "state", "independent",
        "local", "senior", "top", "former", "unnamed", "anonymous", "western", "foreign", "official", "military"]);

    private static bool IsAcronym(string text, Token token)
    {
        if (token.End - token.Start < 2)
        {
            return false;
        }
        for (var i = token.Start; i < token.End; i++)
        {
            if (char.IsLower(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
