using System.Text;

namespace Conflict.Sources.Resolution;

/// <summary>
/// Folds the spelling variants that transliteration produces into one skeleton per token: y/i/j endings
/// (Zelensky, Zelenskyy, Zelenskyj, Zelenskiy, Zelenski), French digraphs (Poutine, Koursk), kh/h, x/ks, w/v,
/// doubled letters, and a table of place names whose spellings differ more (Kiev/Kyiv).
/// </summary>
internal static class Transliteration
{
    private static readonly Dictionary<string, string> Places = new(StringComparer.Ordinal)
    {
        ["kiev"] = "kyiv", ["kiew"] = "kyiv", ["kijev"] = "kyiv", ["kyjiv"] = "kyiv", ["kiyv"] = "kyiv", ["kyiv"] = "kyiv",
        ["kharkov"] = "kharkiv", ["kharkiv"] = "kharkiv", ["lugansk"] = "luhansk", ["luhansk"] = "luhansk",
        ["nikolaev"] = "mykolaiv", ["mykolaiv"] = "mykolaiv", ["moscow"] = "moscow", ["moscou"] = "moscow", ["moskau"] = "moscow", ["moskva"] = "moscow",
    };

    private static readonly (string From, string To)[] Digraphs =
    [
        ("tch", "ch"), ("sch", "sh"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("x", "ks"), ("w", "v"),
        ("ou", "u"), ("gue", "ge"), ("gui", "gi"), ("y", "i"), ("j", "i"),
    ];

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['є'] = "ye", ['ё'] = "yo",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh",
        ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['þ'] = "th", ['ð'] = "d",
    };

    /// <summary>Latin letters with diacritics, grouped by the base letter they fold to.</summary>
    private static readonly (string Base, string Letters)[] Accented =
    [
        ("a", "àáâãäåāăą"), ("c", "çćĉċč"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"), ("i", "ìíîïĩīĭįı"),
        ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"), ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"),
        ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
    ];

    private static readonly Dictionary<char, string> Letters = BuildLetters();

    /// <summary>The ASCII spelling of a lower-case accented Latin or Cyrillic letter; null for any other character.</summary>
    public static string? Letter(char lower) => Letters.TryGetValue(lower, out var ascii) ? ascii : null;

    /// <summary>The skeleton of a normalized name (see <see cref="NameKey"/>), token by token.</summary>
    public static string Skeleton(string key) => string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SkeletonToken));

    private static Dictionary<char, string> BuildLetters()
    {
        var letters = new Dictionary<char, string>(Cyrillic);
        foreach (var (letter, accented) in Accented)
        {
            foreach (var c in accented)
            {
                letters[c] = letter;
            }
        }
        return letters;
    }

    private static string SkeletonToken(string token)
    {
        if (Places.TryGetValue(token, out var place))
        {
            return place;
        }
        var text = token;
        foreach (var (from, to) in Digraphs)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length == 0 || builder[^1] != c || char.IsDigit(c))
            {
                builder.Append(c);
            }
        }
        if (builder.Length > 4 && builder[^1] == 'e')
        {
            builder.Length--;
        }
        return builder.ToString();
    }
}
