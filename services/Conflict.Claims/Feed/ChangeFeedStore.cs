using Conflict.Claims.Claims;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Claims.Feed;

/// <summary>Reads the change feed in sequence order, each change with its claim.</summary>
internal sealed class ChangeFeedStore(IDbConnectionFactory db)
{
    public async Task<IReadOnlyList<(ChangeRow Change, ClaimRow Claim)>> ReadAsync(long after, int limit, CancellationToken ct)
    {
        const string Sql = "SELECT ch.sequence, ch.change_type, ch.change_ms, "
            + ClaimColumns.Select
            + " FROM claim_changes ch JOIN claims c ON c.id = ch.claim_id LEFT JOIN claim_status s ON s.claim_id = c.id"
            + " WHERE ch.sequence > @after ORDER BY ch.sequence LIMIT @limit";
        await using var conn = await db.OpenAsync(ct);
        await using var reader = await conn.ExecuteReaderAsync(new CommandDefinition(Sql, new { after, limit }, cancellationToken: ct));
        var rows = new List<(ChangeRow, ClaimRow)>();
        while (await reader.ReadAsync(ct))
        {
            var change = new ChangeRow { Sequence = reader.GetInt64(0), ChangeType = reader.GetInt32(1), ChangeMs = reader.GetInt64(2) };
            rows.Add((change, ClaimRowReader.Read(reader, 3)));
        }
        return rows;
    }

    public async Task<long> HeadAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT last_sequence FROM claim_feed_head WHERE id = 1", cancellationToken: ct));
    }
}
