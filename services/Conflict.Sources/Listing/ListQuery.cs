using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Conflict.Sources.Listing;

/// <summary>
/// The parameters of one page query, named as the SQL parameters. Integers stand in for booleans so that the
/// same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal sealed record ListQuery
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 1000;

    public string After { get; init; } = "";

    public long Kind { get; init; }

    public int FilterParty { get; init; }

    public string Party { get; init; } = "";

    public string Country { get; init; } = "";

    public int ShowDeleted { get; init; }

    public string Prefix { get; init; } = "";

    public int PrefixLength => Prefix.Length;

    /// <summary>Rows to fetch: the page size plus one, whose presence says that a next page exists.</summary>
    public int Limit { get; init; } = DefaultPageSize + 1;

    /// <summary>A hash of the filter (not of the position), carried in page tokens to reject tokens of other queries.</summary>
    public ulong FilterHash()
    {
        var text = string.Join('\u001f', Kind.ToString(CultureInfo.InvariantCulture), FilterParty.ToString(CultureInfo.InvariantCulture),
            Party, Country, ShowDeleted.ToString(CultureInfo.InvariantCulture), Prefix);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToUInt64(digest, 0);
    }
}
