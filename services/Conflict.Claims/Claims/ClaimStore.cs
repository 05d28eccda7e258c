using System.Text;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Claims.Claims;

/// <summary>Reads claims. Writes go through <see cref="ClaimWriter"/>, which keeps its statements prepared.</summary>
internal sealed class ClaimStore(IDbConnectionFactory db)
{
    public async Task<ClaimRow?> GetAsync(string id, CancellationToken ct)
    {
        const string Sql = "SELECT " + ClaimColumns.Select + ClaimColumns.From + " WHERE c.id = @id";
        await using var conn = await db.OpenAsync(ct);
        await using var reader = await conn.ExecuteReaderAsync(new CommandDefinition(Sql, new { id }, cancellationToken: ct));
        return (await ClaimRowReader.ReadAllAsync(reader, ct)).SingleOrDefault();
    }

    /// <summary>
    /// A page of claims in id (creation) order. The WHERE clause is assembled from constant fragments only, one per
    /// filter that is set, so each query can use the index of its most selective filter; values stay parameters.
    /// </summary>
    public async Task<IReadOnlyList<ClaimRow>> ListAsync(ClaimFilter filter, string after, int limit, CancellationToken ct)
    {
        var sql = new StringBuilder("SELECT ").Append(ClaimColumns.Select).Append(ClaimColumns.From).Append(" WHERE c.id > @After");
        AppendIf(sql, filter.Variable is not null, " AND c.variable = @Variable");
        AppendIf(sql, filter.Claimant is not null, " AND c.claimant = @Claimant");
        AppendIf(sql, filter.Reporter is not null, " AND c.reporter = @Reporter");
        AppendIf(sql, filter.DocumentId is not null, " AND c.document_id = @DocumentId AND c.document_id <> ''"); // lets the partial index serve
        AppendIf(sql, filter.MeasureId is not null, " AND c.measure_id = @MeasureId");
        AppendIf(sql, filter.AsOfFromMs is not null, " AND c.as_of_end_ms >= @AsOfFromMs");
        AppendIf(sql, filter.AsOfToMs is not null, " AND c.as_of_start_ms <= @AsOfToMs");
        AppendIf(sql, filter.State == 1, " AND s.claim_id IS NULL");
        AppendIf(sql, filter.State > 1, " AND s.state = @State");
        sql.Append(" ORDER BY c.id LIMIT @Limit");
        var args = new
        {
            After = after, filter.Variable, filter.Claimant, filter.Reporter, filter.DocumentId, filter.MeasureId,
            filter.AsOfFromMs, filter.AsOfToMs, filter.State, Limit = limit,
        };
        await using var conn = await db.OpenAsync(ct);
        await using var reader = await conn.ExecuteReaderAsync(new CommandDefinition(sql.ToString(), args, cancellationToken: ct));
        return await ClaimRowReader.ReadAllAsync(reader, ct);
    }

    /// <summary>The claim created for a caller's request id, if any.</summary>
    public async Task<string?> ClaimForRequestAsync(string requestId, CancellationToken ct)
    {
        const string Sql = "SELECT id FROM claims WHERE request_id = @requestId";
        await using var conn = await db.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<string>(new CommandDefinition(Sql, new { requestId }, cancellationToken: ct));
    }

    private static void AppendIf(StringBuilder sql, bool condition, string fragment)
    {
        if (condition)
        {
            sql.Append(fragment);
        }
    }
}
