using System.Globalization;
using System.Text;

namespace Conflict.Sources.Resolution;

/// <summary>
/// Normalizes a name for comparison: lower case, no diacritics, Cyrillic transliterated, the English possessive
/// dropped ("Kiev's"), apostrophes removed ("L'Express" = "LExpress"), other punctuation as spaces.
/// </summary>
internal static class NameKey
{
    /// <summary>The normalized key of a whole name, tokens joined by single spaces.</summary>
    public static string Of(string text) => string.Join(' ', Tokens(text, splitApostrophes: false));

    /// <summary>
    /// The normalized tokens. With <paramref name="splitApostrophes"/>, an apostrophe separates tokens, so that
    /// French elisions ("l'autorité") leave an article token that can be stripped.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text, bool splitApostrophes)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (IsApostrophe(c))
            {
                if (IsPossessive(folded, i))
                {
                    i++;
                }
                else if (splitApostrophes)
                {
                    builder.Append(' ');
                }
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Lower case, diacritics removed, Cyrillic and special Latin letters spelled in ASCII.</summary>
    /// <remarks>
    /// A table rather than Unicode decomposition: the build runs with invariant globalization, where
    /// <see cref="string.Normalize()"/> does not decompose.
    /// </remarks>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            builder.Append(Transliteration.Letter(lower) ?? lower.ToString());
        }
        return builder.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4';

    private static bool IsPossessive(string text, int apostrophe)
        => apostrophe > 0 && char.IsLetter(text[apostrophe - 1])
           && apostrophe + 1 < text.Length && text[apostrophe + 1] == 's'
           && (apostrophe + 2 == text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));
}
