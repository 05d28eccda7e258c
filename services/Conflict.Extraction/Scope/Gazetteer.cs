using Conflict.Extraction.Lexicon;

namespace Conflict.Extraction.Scope;

/// <summary>
/// Places (ISO 3166 codes) and parties (lower-case alpha-2) named in English and French, with the belligerent
/// pairs that say who is whose adversary. Spellings of both languages and common transliterations are mixed:
/// English articles write "Kiev" and French ones "Kyiv" as often as not.
/// </summary>
internal static class Gazetteer
{
    /// <summary>Places named in the press (places.tsv, by hand) and countries by their ISO 3166-1 names in English
    /// and French (iso-places.tsv, from Debian's iso-codes): always recognised.</summary>
    public static readonly PhraseSet<string> Places = PlaceNames.Places().BindStatic();

    /// <summary>ISO 3166-2 subdivisions by name: recognised only as proper nouns of a country the document names
    /// (thousands of names, some of them common words elsewhere: "Centre", "Nord").</summary>
    public static readonly PhraseSet<string> Subdivisions = PlaceNames.Subdivisions().BindStatic();

    /// <summary>Names that can act on their own: countries, capitals, peoples in the plural, armed groups.</summary>
    public static readonly PhraseSet<string> PartyNouns = Build(new Dictionary<string, string[]>
    {
        ["ua"] = ["ukraine", "ukrainians", "kyiv", "kiev", "l'ukraine"],
        ["ru"] = ["russia", "russians", "russie", "moscow", "moscou", "kremlin", "la russie"],
        ["kp"] = ["north korea", "north koreans", "pyongyang", "coree du nord"],
        ["il"] = ["israel", "israelis", "idf", "tsahal"],
        ["ps"] = ["palestinians", "hamas"],
        ["lb"] = ["hezbollah", "hizbollah"],
        ["am"] = ["armenia", "armenians", "armenie", "yerevan", "erevan"],
        ["az"] = ["azerbaijan", "azerbaijanis", "azeris", "baku", "bakou", "azerbaidjan"],
        ["sd"] = ["sudan", "soudan", "khartoum"],
        ["et"] = ["ethiopia", "ethiopians", "ethiopie", "addis ababa"],
        ["by"] = ["belarus", "minsk"],
        // Non-state armed groups, by the short ids the catalog names them with.
        ["rsf"] = ["rsf", "rapid support forces", "forces de soutien rapide", "fsr"],
        ["m23"] = ["m23"],
        ["jnim"] = ["jnim"],
        ["druze"] = ["druze", "druzes", "druses"],
    });

    /// <summary>Adjectives (and French plural demonyms, nouns when capitalised): "Ukrainian forces", "les Russes".</summary>
    public static readonly PhraseSet<string> PartyAdjectives = Build(new Dictionary<string, string[]>
    {
        ["ua"] = ["ukrainian", "ukrainien", "ukrainienne", "ukrainiens", "ukrainiennes"],
        ["ru"] = ["russian", "russe", "russes", "pro-russian", "prorusse"],
        ["kp"] = ["north korean", "nord-coreen", "nord-coreens", "nord-coreenne", "nord-coreennes"],
        ["il"] = ["israeli", "israelien", "israeliens", "israelienne", "israeliennes"],
        ["ps"] = ["palestinian", "palestinien", "palestiniens", "palestinienne"],
        ["lb"] = ["lebanese", "libanais", "libanaise"],
        ["am"] = ["armenian", "armenien", "armeniens", "armenienne"],
        ["az"] = ["azerbaijani", "azeri", "azerbaidjanais", "azerbaidjanaise"],
        ["sd"] = ["sudanese", "soudanais", "soudanaise"],
        ["et"] = ["ethiopian", "ethiopien", "ethiopiens", "ethiopienne"],
        ["by"] = ["belarusian", "bielorusse", "bielorusses"],
        ["druze"] = ["druze", "druzes", "druse", "druses"],
    });

    /// <summary>Stands for "the state of the place": government or security forces belong to the country they are in.</summary>
    public const string StateOfPlace = "@state";

    /// <summary>Words that make a force the state's: "government troops", "forces gouvernementales", "security forces".</summary>
    public static readonly HashSet<string> StateWords = Lexicon.Lexicon.Set(["government", "governmental", "gouvernementales",
        "gouvernementaux", "gouvernemental", "gouvernementale", "security", "securite", "regime", "loyalist", "loyalistes"]);

    /// <summary>The party a name or adjective at token <paramref name="i"/> stands for; 0 when none starts there.</summary>
    public static int MatchParty(List<Text.Token> tokens, int i, int end, out string party, out bool noun)
    {
        noun = true;
        if (PartyNouns.TryMatch(tokens, i, end, out var n, out party))
        {
            return n;
        }
        noun = false;
        return PartyAdjectives.TryMatch(tokens, i, end, out n, out party) ? n : 0;
    }

    private static readonly Dictionary<string, string> Adversaries = new(StringComparer.Ordinal)
    {
        ["ua"] = "ru", ["ru"] = "ua", ["kp"] = "ua", ["by"] = "ua", ["il"] = "ps", ["ps"] = "il", ["lb"] = "il",
        ["am"] = "az", ["az"] = "am", ["rsf"] = "sd", ["sd"] = "rsf", ["m23"] = "cd", ["cd"] = "m23", ["jnim"] = "ml", ["ml"] = "jnim",
    };

    /// <summary>The other side of a belligerent pair, or empty.</summary>
    public static string Adversary(string party) => Adversaries.GetValueOrDefault(party, "");

    /// <summary>"RU-KRS" → "RU"; "UA" → "UA".</summary>
    public static string CountryOf(string place)
    {
        var dash = place.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? place : place[..dash];
    }

    /// <summary>The party whose country the place is in ("RU-KRS" → "ru"), or empty.</summary>
    public static string PartyOfPlace(string place) => place.Length >= 2 ? CountryOf(place).ToLowerInvariant() : "";

    private static PhraseSet<string> Build(Dictionary<string, string[]> table)
    {
        var set = new PhraseSet<string>();
        foreach (var (code, names) in table)
        {
            set.AddAll(names, code);
        }
        return set.BindStatic();
    }
}
