using Conflict.Claims.Claims;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Claims.Feed;

/// <summary>Reads the change feed in sequence order, each change with its claim.</summary>
internal sealed class ChangeFeedStore(IDbConnectionFactory db)
{
    public async Task<IReadOnlyList<(ChangeRow Change, ClaimRow Claim)>> ReadAsync(long after, int limit, CancellationToken ct)
    {
        const string Sql = "SELECT ch.sequence AS Sequence, ch.change_type AS ChangeType, ch.change_ms AS ChangeMs, "
            + ClaimColumns.Select
            + " FROM claim_changes ch JOIN claims c ON c.id = ch.claim_id LEFT JOIN claim_status s ON s.claim_id = c.id"
            + " WHERE ch.sequence > @after ORDER BY ch.sequence LIMIT @limit";
        await using var conn = await db.OpenAsync(ct);
        var rows = await conn.QueryAsync<ChangeRow, ClaimRow, (ChangeRow, ClaimRow)>(
            new CommandDefinition(Sql, new { after, limit }, cancellationToken: ct), (change, claim) => (change, claim), splitOn: "Id");
        return [.. rows];
    }

    public async Task<long> HeadAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT last_sequence FROM claim_feed_head WHERE id = 1", cancellationToken: ct));
    }
}
