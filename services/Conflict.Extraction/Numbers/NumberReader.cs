using System.Globalization;
using Conflict.Extraction.Text;

namespace Conflict.Extraction.Numbers;

/// <summary>
/// Reads one number at a token: digits with the language's separators (1,150 / 1.250 / 1 000 / 12,5), scale words
/// (2.5 million), number words (ten, vingt-cinq, quatre-vingt-dix), approximate words (une dizaine), vague
/// magnitudes (hundreds, des milliers) and fractions (a third, un tiers).
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(List<Token> t, int i, int end, Lexicon.Lexicon lex, out NumberValue value)
    {
        value = default;
        if (i >= end)
        {
            return false;
        }
        int n;
        if ((n = lex.VagueNumbers.Match(t, i, end, out var vague)) > 0)
        {
            value = new NumberValue(vague[0].Low, i + n, NumberForm.Vague, vague[0].Low, vague[0].High);
            return true;
        }
        if ((n = lex.ApproximateNumbers.Match(t, i, end, out var approx)) > 0)
        {
            value = new NumberValue(approx[0], i + n, NumberForm.Approximate);
            return true;
        }
        if ((n = lex.Fractions.Match(t, i, end, out var fraction)) > 0)
        {
            value = new NumberValue(fraction[0], i + n, NumberForm.Fraction);
            return true;
        }
        return t[i].IsNumber ? TryDigits(t, i, end, lex, out value) : TryWords(t, i, end, lex, out value);
    }

    private static bool TryDigits(List<Token> t, int i, int end, Lexicon.Lexicon lex, out NumberValue value)
    {
        value = default;
        var first = t[i].Key;
        if (first.Length > 12)
        {
            return false;
        }
        var number = double.Parse(first, CultureInfo.InvariantCulture);
        var groupsValid = first.Length <= 3;
        var j = i + 1;
        while (j < end)
        {
            var glued = j + 1 < end && t[j].Kind == TokenKind.Punct && t[j].Gap == Gap.None && t[j + 1].IsNumber
                && t[j + 1].Gap == Gap.None && t[j].Key is "," or ".";
            if (glued && groupsValid && t[j].Key == lex.ThousandsSeparator && t[j + 1].Key.Length == 3)
            {
                number = number * 1000 + double.Parse(t[j + 1].Key, CultureInfo.InvariantCulture);
                j += 2;
                continue;
            }
            if (glued)
            {
                var digits = t[j + 1].Key;
                number += double.Parse(digits, CultureInfo.InvariantCulture) / Math.Pow(10, digits.Length);
                j += 2;
                break;
            }
            var spaced = t[j].IsNumber && t[j].Gap is Gap.Space or Gap.FixedSpace && t[j].Key.Length == 3 && groupsValid;
            if (!spaced)
            {
                break;
            }
            number = number * 1000 + double.Parse(t[j].Key, CultureInfo.InvariantCulture);
            j++;
        }
        if (j < end && lex.ScaleWords.TryGetValue(t[j].Key, out var scale) && scale >= 1000)
        {
            number *= scale;
            j++;
        }
        value = new NumberValue(number, j, NumberForm.Digits);
        return true;
    }

    private static bool TryWords(List<Token> t, int i, int end, Lexicon.Lexicon lex, out NumberValue value)
    {
        value = default;
        double total = 0, current = 0;
        var j = i;
        var any = false;
        while (j < end)
        {
            var key = t[j].Key;
            if (lex.NumberWords.TryGetValue(key, out var word))
            {
                current = word == 20 && current % 100 == 4 ? current + 76 : current + word;
            }
            else if (lex.ScaleWords.TryGetValue(key, out var scale))
            {
                (total, current) = scale == 100 ? (total, Math.Max(current, 1) * 100) : (total + Math.Max(current, 1) * scale, 0);
            }
            else if (lex.ArticleOnes.Contains(key) && (!any || j > i && t[j - 1].Key is "et" or "and"))
            {
                current += 1;
            }
            else if (any && key is "-" or "and" or "et" && t[j].Gap != Gap.Newline && j + 1 < end && IsNumberWord(t[j + 1].Key, lex))
            {
                j++;
                continue;
            }
            else
            {
                break;
            }
            any = true;
            j++;
        }
        if (!any)
        {
            return false;
        }
        var article = j == i + 1 && lex.ArticleOnes.Contains(t[i].Key) && t[i].Key != "one";
        value = new NumberValue(total + current, j, article ? NumberForm.Article : NumberForm.Words);
        return !(j < end && t[i].Key == "one" && t[j].Key == "of");
    }

    private static bool IsNumberWord(string key, Lexicon.Lexicon lex)
        => lex.NumberWords.ContainsKey(key) || lex.ScaleWords.ContainsKey(key) || lex.ArticleOnes.Contains(key);
}
