using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conflict.Claims.Claims;

/// <summary>
/// The key shared by every relay of one statement: the same claimant, variable, as-of and value (in the measure's
/// unit), whoever reported it and in whichever document. Later stages count a statement once per key.
/// </summary>
internal static class StatementKeys
{
    public static string For(ClaimRow row)
    {
        var claimant = row.Claimant.Length > 0 ? row.Claimant : "text:" + NormalizeName(row.ClaimantText);
        var text = string.Join('|', claimant, row.Variable,
            row.AsOfStartMs.ToString(CultureInfo.InvariantCulture), row.AsOfEndMs.ToString(CultureInfo.InvariantCulture),
            row.Qualifier.ToString(CultureInfo.InvariantCulture), Number(row.NormLow), Number(row.NormHigh), Number(row.NormPoint),
            row.Subject.Trim().ToLowerInvariant(), row.Category.Trim().ToLowerInvariant());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }

    /// <summary>Lower case, single spaces: "The  Kremlin" and "the kremlin" are one claimant.</summary>
    public static string NormalizeName(string name)
        => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Rounded to 9 significant digits so that unit conversions of one figure agree.</summary>
    private static string Number(double? value)
        => value is { } v ? v.ToString("G9", CultureInfo.InvariantCulture) : "";
}
