namespace Conflict.Extraction.Text;

/// <summary>Folds characters for matching: lower case, diacritics removed, apostrophes unified.</summary>
internal static class TextFold
{
    /// <summary>Writes the folded form of <paramref name="c"/> to <paramref name="buffer"/>; returns chars written (0-2).</summary>
    public static int Fold(char c, Span<char> buffer)
    {
        if (c < 128)
        {
            buffer[0] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return 1;
        }
        switch (char.ToLowerInvariant(c))
        {
            case 'à' or 'â' or 'ä' or 'á' or 'ã' or 'å': buffer[0] = 'a'; return 1;
            case 'ç' or 'ć' or 'č': buffer[0] = 'c'; return 1;
            case 'é' or 'è' or 'ê' or 'ë' or 'ě': buffer[0] = 'e'; return 1;
            case 'î' or 'ï' or 'í' or 'ì': buffer[0] = 'i'; return 1;
            case 'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'ø': buffer[0] = 'o'; return 1;
            case 'ù' or 'û' or 'ü' or 'ú': buffer[0] = 'u'; return 1;
            case 'ÿ' or 'ý': buffer[0] = 'y'; return 1;
            case 'ñ' or 'ń': buffer[0] = 'n'; return 1;
            case 'š' or 'ś': buffer[0] = 's'; return 1;
            case 'ž' or 'ź' or 'ż': buffer[0] = 'z'; return 1;
            case 'œ': buffer[0] = 'o'; buffer[1] = 'e'; return 2;
            case 'æ': buffer[0] = 'a'; buffer[1] = 'e'; return 2;
            case '\u2019' or '\u2018' or '\u02bc' or '\u00b4': buffer[0] = '\''; return 1;
            case var lower: buffer[0] = lower; return 1;
        }
    }

    /// <summary>Folds a whole string (used when building lexicons, not on the hot path).</summary>
    public static string Fold(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var c in s)
        {
            var n = Fold(c, buffer);
            sb.Append(buffer[..n]);
        }
        return sb.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02bc';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '²' or '³';

    public static bool IsFixedSpace(char c) => c is '\u00a0' or '\u202f' or '\u2009' or '\u2007';
}
