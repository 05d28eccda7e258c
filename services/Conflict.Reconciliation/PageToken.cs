using System.Text;
using Conflict.ServiceDefaults;

namespace Conflict.Reconciliation;

/// <summary>
/// Opaque page tokens: base64 of the last key returned and a hash of the request's filter, so that a token is
/// refused when it is used with another filter.
/// </summary>
internal static class PageToken
{
    public static string Encode(string lastKey, string filter) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Hash(filter)}\n{lastKey}"));

    /// <summary>The last key of the previous page, "" for the first page; adds a violation for a bad token.</summary>
    public static string Decode(FieldViolations violations, string token, string filter)
    {
        if (token.Length == 0)
        {
            return "";
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('\n', 2);
            if (parts.Length == 2 && parts[0] == Hash(filter))
            {
                return parts[1];
            }
            violations.Add("page_token", "was issued for another query: repeat the first request's filters or start again without a token");
        }
        catch (FormatException)
        {
            violations.Add("page_token", "is not a token this service issued");
        }
        return "";
    }

    private static string Hash(string filter) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(filter)))[..16];
}
