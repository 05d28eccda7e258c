using System.Security.Cryptography;
using System.Text;

namespace Conflict.Claims.Common;

/// <summary>
/// Page sizes and opaque page tokens (AIP-158): a token is base64url of the last key and a hash of the filter
/// it was issued for, so it cannot be replayed against another filter.
/// </summary>
internal static class Paging
{
    public const int MaxPageSize = 1000;

    /// <summary>The effective page size: 0 means the default, above the maximum is coerced; negative is an error.</summary>
    public static int PageSize(int requested, int defaultSize, Problems problems)
    {
        if (requested < 0)
        {
            problems.Add("page_size", "must not be negative");
            return defaultSize;
        }
        return requested == 0 ? defaultSize : Math.Min(requested, MaxPageSize);
    }

    /// <summary>The key after which the page starts (empty for the first page), or a problem for a bad token.</summary>
    public static string After(string token, string filter, Problems problems)
    {
        if (token.Length == 0)
        {
            return "";
        }
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(FromUrlSafe(token)));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            if (separator > 0 && text[..separator] == FilterHash(filter))
            {
                return text[(separator + 1)..];
            }
            problems.Add("page_token", "does not belong to this filter; start again without a token");
        }
        catch (FormatException)
        {
            problems.Add("page_token", "is not a token this service issued");
        }
        return "";
    }

    public static string Token(string lastKey, string filter)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes(FilterHash(filter) + "|" + lastKey)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FilterHash(string filter)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(filter)).AsSpan(0, 8));

    private static string FromUrlSafe(string token)
    {
        var text = token.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }
}
