using Conflict.ServiceDefaults.Storage;
using Conflict.Reconciliation.Replicas;
using Dapper;

namespace Conflict.Reconciliation.Timelines;

/// <summary>A variable's computed row, with the dirty mark it was computed for (null: a refresh with a new model).</summary>
internal sealed record ComputedVariable(VariableRow Row, long? Mark);

/// <summary>Reads and writes the computed state of variables.</summary>
internal sealed class TimelineStore(IDbConnectionFactory db)
{
    /// <summary>Notified with a variable's name when its timeline is stored (other replicas' watchers are told).</summary>
    public const string TimelineChannel = "conflict_reconciliation_timelines";

    private const string Columns = """
        variable AS Variable, measure AS Measure, party AS Party, place AS Place, claim_count AS ClaimCount,
        statement_count AS StatementCount, first_day AS FirstDay, last_day AS LastDay, revision AS Revision,
        updated_ms AS UpdatedMs
        """;

    public async Task<VariableRow?> GetAsync(string variable, bool withPayload, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var sql = withPayload
            ? $"SELECT {Columns}, timeline AS Timeline, conflicts AS Conflicts FROM variables WHERE variable = @variable"
            : $"SELECT {Columns} FROM variables WHERE variable = @variable";
        return await conn.QuerySingleOrDefaultAsync<VariableRow>(new CommandDefinition(sql, new { variable }, cancellationToken: ct));
    }

    /// <summary>A page of variables after <paramref name="after"/> in name order, optionally of one measure.</summary>
    public async Task<IReadOnlyList<VariableRow>> ListAsync(string after, string measure, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = $"""
            SELECT {Columns} FROM variables
            WHERE variable > @after AND (@measure = '' OR measure = @measure) AND claim_count > 0
            ORDER BY variable LIMIT @limit
            """;
        return (await conn.QueryAsync<VariableRow>(new CommandDefinition(Sql, new { after, measure, limit }, cancellationToken: ct))).AsList();
    }

    /// <summary>Conflict payloads of variables after <paramref name="after"/>, optionally of one variable.</summary>
    public async Task<IReadOnlyList<VariableRow>> ListWithConflictsAsync(string after, string variable, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = $"""
            SELECT {Columns}, conflicts AS Conflicts FROM variables
            WHERE variable > @after AND (@variable = '' OR variable = @variable) AND conflicts IS NOT NULL
            ORDER BY variable LIMIT @limit
            """;
        return (await conn.QueryAsync<VariableRow>(new CommandDefinition(Sql, new { after, variable, limit }, cancellationToken: ct))).AsList();
    }

    /// <summary>
    /// Stores recomputed variables in one transaction under the leases of their partitions, bumping each one's
    /// revision and recording the mark it was computed for (a refresh keeps the recorded one); returns the new
    /// revisions in order. Other
    /// replicas' watchers are told by a notification. Callers keep batches small so other writers wait one batch.
    /// </summary>
    public async Task<IReadOnlyList<long>> SaveAsync(IReadOnlyList<ComputedVariable> computed, IEnumerable<Lease> fences, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO variables (variable, measure, party, place, claim_count, statement_count, first_day, last_day,
                revision, updated_ms, timeline, conflicts, computed_mark)
            VALUES (@Variable, @Measure, @Party, @Place, @ClaimCount, @StatementCount, @FirstDay, @LastDay, 1,
                @UpdatedMs, @Timeline, @Conflicts, @mark)
            ON CONFLICT (variable) DO UPDATE SET claim_count = excluded.claim_count,
                statement_count = excluded.statement_count, first_day = excluded.first_day,
                last_day = excluded.last_day, revision = variables.revision + 1, updated_ms = excluded.updated_ms,
                timeline = excluded.timeline, conflicts = excluded.conflicts,
                computed_mark = CASE WHEN excluded.computed_mark IS NULL THEN variables.computed_mark
                                     WHEN variables.computed_mark IS NULL OR variables.computed_mark < excluded.computed_mark THEN excluded.computed_mark
                                     ELSE variables.computed_mark END
            RETURNING revision
            """;
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        foreach (var lease in fences)
        {
            await LeaseStore.FenceAsync(conn, tx, lease, ct);
        }
        var revisions = new List<long>(computed.Count);
        foreach (var (row, mark) in computed)
        {
            var parameters = new DynamicParameters(row);
            parameters.Add("mark", mark, System.Data.DbType.Int64);
            revisions.Add(await conn.ExecuteScalarAsync<long>(new CommandDefinition(Sql, parameters, tx, cancellationToken: ct)));
            await DatabaseNotifications.NotifyAsync(conn, tx, TimelineChannel, row.Variable, ct);
        }
        await tx.CommitAsync(ct);
        return revisions;
    }

    public async Task<IReadOnlyList<(string Source, byte[] Payload)>> ListAssessmentsAsync(string after, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "SELECT source AS Source, payload AS Payload FROM source_assessments WHERE source > @after ORDER BY source LIMIT @limit";
        var rows = await conn.QueryAsync<(string Source, byte[] Payload)>(new CommandDefinition(Sql, new { after, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<byte[]?> GetAssessmentAsync(string source, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "SELECT payload FROM source_assessments WHERE source = @source";
        return await conn.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(Sql, new { source }, cancellationToken: ct));
    }
}
