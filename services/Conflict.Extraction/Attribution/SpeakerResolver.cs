using Conflict.Extraction.Scope;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Attribution;

/// <summary>
/// Turns a speaker phrase into a claimant: a pronoun or a title without a name ("he", "the Ukrainian head of
/// state", "le président") points back to the last matching person; a name is completed from earlier mentions
/// ("General Syrsky" → "Oleksandr Syrsky"); anything else (Kyiv, Russian authorities, AFP) stays as written.
/// </summary>
internal sealed class SpeakerResolver(Lexicon.Lexicon lex, NameFinder names)
{
    private static readonly HashSet<string> Indefinite = Lexicon.Lexicon.Set(["a", "an", "un", "une", "des"]);

    /// <summary>Sentence adverbs and conjunctions that may open a subject: "Ainsi l'armée russe a publié".</summary>
    private static readonly HashSet<string> Openers = Lexicon.Lexicon.Set(["ainsi", "alors", "pourtant", "cependant", "toutefois",
        "enfin", "mais", "et", "or", "however", "meanwhile", "also", "but", "and", "so", "thus", "yet", "still"]);

    /// <summary>Resolves the phrase [a, b); a title phrase [titleA, titleB) may add roles and a side ("the governor, X").</summary>
    public Speaker? Resolve(DocumentText doc, int a, int b, SpeakerMemory memory, int titleA = 0, int titleB = 0)
    {
        var t = doc.Tokens;
        var indefinite = false;
        // "a-t-il ajouté": the euphonic t before the pronoun
        while (a < b && (lex.Determiners.Contains(t[a].Key) || lex.Honorifics.Contains(t[a].Key) || t[a].Kind == TokenKind.Punct
            || t[a].Key == "t" && a + 1 < b && t[a + 1].Key == "-" || Openers.Contains(t[a].Key) && a + 1 < b))
        {
            indefinite |= Indefinite.Contains(t[a].Key);
            a++;
        }
        while (b > a && t[b - 1].Kind == TokenKind.Punct && t[b - 1].Key != ")")
        {
            b--;
        }
        if (a >= b)
        {
            return null;
        }
        if (b - a == 1 && lex.PersonPronouns.Contains(t[a].Key))
        {
            return memory.LastPersonSpeaker?.AsSpeaker();
        }
        if (b - a == 1 && lex.GroupPronouns.Contains(t[a].Key) || OnlySourceNouns(t, a, b))
        {
            // "they said", "the statement also noted": whoever spoke last
            return memory.LastSpeaker;
        }
        var party = PartyIn(t, a, b);
        var roles = RolesIn(t, a, b);
        if (titleB > titleA)
        {
            roles.AddRange(RolesIn(t, titleA, titleB));
            party = party.Length > 0 ? party : PartyIn(t, titleA, titleB);
        }
        var organisation = false;
        for (var i = a; i < b; i++)
        {
            organisation |= t[i].Upper && lex.OrganisationWords.Contains(t[i].Key);
        }
        if (!organisation && names.LastName(t, doc.Text, a, b) is { } name && !DescribesSomethingElse(t, name.End, b))
        {
            var full = Slice(doc.Text, t[name.Start].Start, t[name.End - 1].End);
            var person = memory.Register(full, t[name.End - 1].Key, roles, party);
            return person.AsSpeaker();
        }
        if (roles.Count > 0 && !indefinite && !organisation && memory.ByRole(roles) is { } known)
        {
            return known.AsSpeaker();
        }
        // "out of an", "fait plus de 1.000 blessés": not a speaker
        return HasContent(t, a, b) && CouldName(t, a, b) ? new Speaker(Slice(doc.Text, t[a].Start, t[b - 1].End), party, SpeakerKind.Collective) : null;
    }

    /// <summary>Registers "President Volodymyr Zelensky", "le président russe Vladimir Poutine" met anywhere.</summary>
    public void ObserveTitles(DocumentText doc, int first, int end, SpeakerMemory memory)
    {
        var t = doc.Tokens;
        for (var k = first; k < end; k++)
        {
            var n = lex.Roles.Match(t, k, end, out var roles);
            if (n == 0)
            {
                continue;
            }
            var j = k + n;
            var from = k;
            while (from > first && from > k - 3 && t[from - 1].IsWord && !lex.Determiners.Contains(t[from - 1].Key))
            {
                from--;
            }
            var party = PartyIn(t, from, k);
            var adjective = Gazetteer.MatchParty(t, j, end, out var after, out _);
            party = adjective > 0 ? after : party;
            j = SkipComplement(t, j + adjective, end);
            if (j < end && names.IsNameWord(t, doc.Text, j) && names.LastName(t, doc.Text, j, Math.Min(end, j + 4)) is { } name && name.Start == j)
            {
                memory.Register(Slice(doc.Text, t[name.Start].Start, t[name.End - 1].End), t[name.End - 1].Key, roles, party);
                k = name.End - 1;
            }
        }
    }

    private static readonly HashSet<string> ComplementLinks = Lexicon.Lexicon.Set(["of", "for", "de", "du", "des", "d'", "pour"]);

    /// <summary>"le ministre de la Santé, X", "the Minister for Foreign Affairs X": the title's complement (a link and
    /// capitalised words) and a comma before the name in apposition.</summary>
    private int SkipComplement(List<Token> t, int j, int end)
    {
        var k = j;
        if (k < end && ComplementLinks.Contains(t[k].Key))
        {
            k++;
            k += k < end && lex.Determiners.Contains(t[k].Key) ? 1 : 0;
            var words = 0;
            while (k < end && t[k].IsWord && t[k].Upper && words < 4)
            {
                k++;
                words++;
            }
            if (words == 0)
            {
                return j;
            }
        }
        return k < end && t[k].Key == "," ? k + 1 : k;
    }

    public static string Slice(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.ContainsAny('\n', '\r', '\t') || span.Contains("  ", StringComparison.Ordinal)
            ? string.Join(' ', span.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : span.ToString();
    }

    private static string PartyIn(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (Gazetteer.MatchParty(t, i, b, out var party, out _) > 0)
            {
                return party;
            }
        }
        return "";
    }

    private List<string> RolesIn(List<Token> t, int a, int b)
    {
        var roles = new List<string>();
        for (var i = a; i < b; i++)
        {
            var n = lex.Roles.Match(t, i, b, out var found);
            if (n > 0)
            {
                roles.AddRange(found);
                i += n - 1;
            }
        }
        return roles;
    }

    /// <summary>"Frontline analysts": a capitalised word followed by a common noun is an adjective, not a name.</summary>
    private static bool DescribesSomethingElse(List<Token> t, int nameEnd, int b)
    {
        for (var i = nameEnd; i < b; i++)
        {
            if (t[i].IsWord && !t[i].Upper && t[i].Key != "'s")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>False for what cannot be a speaker: a phrase holding a figure, or one that opens with a function
    /// word ("out of an", "même").</summary>
    private bool CouldName(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            // "the 93rd Brigade", "la 47e brigade" name units; "1.000 blessés" is a figure
            if (t[i].IsNumber && !(i + 1 < b && t[i + 1].Gap == Text.Gap.None && Dates.DateWords.Ordinal.Contains(t[i + 1].Key)))
            {
                return false;
            }
        }
        var first = Possessives.Contains(t[a].Key) && a + 1 < b ? a + 1 : a;
        return t[first].Upper || !(lex.SpeakerStops.Contains(t[first].Key) || lex.NounPhraseStops.Contains(t[first].Key) || FunctionWords.Contains(t[first].Key));
    }

    /// <summary>"according to their organization": a possessive opens a speaker phrase.</summary>
    private static readonly HashSet<string> Possessives = Lexicon.Lexicon.Set(["their", "its", "his", "her", "our", "leur", "leurs", "son", "sa", "ses", "notre"]);

    private static readonly HashSet<string> FunctionWords = Lexicon.Lexicon.Set(["out", "meme", "memes", "lui-meme", "elle-meme", "itself", "themselves"]);

    private bool OnlySourceNouns(List<Token> t, int a, int b)
    {
        var any = false;
        for (var i = a; i < b; i++)
        {
            if (t[i].IsWord && !lex.SourceNouns.Contains(t[i].Key) && !Openers.Contains(t[i].Key) && !lex.SkipBeforeVerb.Contains(t[i].Key))
            {
                return false;
            }
            any |= lex.SourceNouns.Contains(t[i].Key);
        }
        return any;
    }

    private bool HasContent(List<Token> t, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (t[i].IsWord && !lex.SpeakerStops.Contains(t[i].Key) && !lex.NounPhraseStops.Contains(t[i].Key))
            {
                return true;
            }
        }
        return false;
    }
}
