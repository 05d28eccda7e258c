using System.Data.Common;

namespace Conflict.Claims.Claims;

/// <summary>
/// Reads the columns of <see cref="ClaimColumns.Select"/> by position with typed getters, on SQLite and PostgreSQL
/// alike. Dapper's general mapping cost three times the query itself on a page of 100 claims.
/// </summary>
internal static class ClaimRowReader
{
    public static async Task<List<ClaimRow>> ReadAllAsync(DbDataReader reader, CancellationToken ct)
    {
        var rows = new List<ClaimRow>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(Read(reader, 0));
        }
        return rows;
    }

    /// <summary>The claim whose columns start at <paramref name="first"/> in the current row.</summary>
    public static ClaimRow Read(DbDataReader r, int first) => new()
    {
        Id = r.GetString(first),
        Claimant = r.GetString(first + 1),
        ClaimantText = r.GetString(first + 2),
        ClaimantUnresolved = r.GetInt32(first + 3) != 0,
        Reporter = r.GetString(first + 4),
        ReporterText = r.GetString(first + 5),
        DocumentId = r.GetString(first + 6),
        Quote = r.GetString(first + 7),
        QuoteStart = r.GetInt32(first + 8),
        QuoteEnd = r.GetInt32(first + 9),
        MeasureId = r.GetString(first + 10),
        Party = r.GetString(first + 11),
        Place = r.GetString(first + 12),
        Variable = r.GetString(first + 13),
        Qualifier = r.GetInt32(first + 14),
        Low = Double(r, first + 15),
        High = Double(r, first + 16),
        Point = Double(r, first + 17),
        Unit = r.GetString(first + 18),
        ValueText = r.GetString(first + 19),
        NormLow = Double(r, first + 20),
        NormHigh = Double(r, first + 21),
        NormPoint = Double(r, first + 22),
        NormUnit = r.GetString(first + 23),
        Subject = r.GetString(first + 24),
        Category = r.GetString(first + 25),
        AsOfStartMs = r.GetInt64(first + 26),
        AsOfEndMs = r.GetInt64(first + 27),
        StatementMs = r.IsDBNull(first + 28) ? null : r.GetInt64(first + 28),
        Origin = r.GetInt32(first + 29),
        ExtractorVersion = r.GetString(first + 30),
        Confidence = r.GetDouble(first + 31),
        Supersedes = r.GetString(first + 32),
        StatementKey = r.GetString(first + 33),
        CreateMs = r.GetInt64(first + 34),
        State = r.GetInt32(first + 35),
        SupersededBy = r.GetString(first + 36),
        Creator = r.GetString(first + 37),
        Updater = r.GetString(first + 38),
    };

    private static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
