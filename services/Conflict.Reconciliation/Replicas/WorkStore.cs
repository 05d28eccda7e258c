using System.Data.Common;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// The shared to-do list of the replicas: which variables need recomputing (marked by the coordinator in the
/// transaction that applies their changes), how far the projection has moved, and whether everything has settled.
/// </summary>
internal sealed class WorkStore(IDbConnectionFactory db)
{
    /// <summary>Notified when variables are marked dirty (the partition owners wake).</summary>
    public const string DirtyChannel = "conflict_reconciliation_dirty";

    /// <summary>How far the projection has moved and what the stored model was learned from.</summary>
    public sealed record Progress(long Revision, long ChangedMs, long LearnedThrough);

    /// <summary>
    /// In the projection's transaction: moves the projection revision on and marks the variables with it. A variable
    /// is dirty until a timeline computed for its latest mark is stored, so one marked again after an owner read it
    /// stays dirty when that owner stores its older result.
    /// </summary>
    public static async Task MarkDirtyAsync(DbConnection conn, DbTransaction tx, IReadOnlyCollection<string> variables, CancellationToken ct)
    {
        if (variables.Count == 0)
        {
            return;
        }
        const string Bump = "UPDATE projection_state SET revision = revision + 1, changed_ms = @now WHERE id = 1 RETURNING revision";
        var mark = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Bump, new { now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct));
        const string Mark = """
            INSERT INTO variable_marks (variable, part, mark) VALUES (@variable, @part, @mark)
            ON CONFLICT (variable) DO UPDATE SET mark = excluded.mark
            """;
        // In name order, so two coordinators in a hand-over never take the same rows in different orders.
        var rows = variables.Order(StringComparer.Ordinal).Select(variable => new { variable, part = Partitions.Of(variable), mark });
        await conn.ExecuteAsync(new CommandDefinition(Mark, rows, tx, cancellationToken: ct));
        await DatabaseNotifications.NotifyAsync(conn, tx, DirtyChannel, "", ct);
    }

    /// <summary>The oldest dirty variables of the given partitions, with their marks.</summary>
    public async Task<IReadOnlyList<(string Variable, long Mark)>> DirtyAsync(IEnumerable<int> partitions, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        // The partition numbers are written into the SQL: they are integers, and the two providers spell a list
        // parameter differently (PostgreSQL wants = ANY(array)).
        var list = string.Join(",", partitions.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"""
            SELECT m.variable, m.mark FROM variable_marks m LEFT JOIN variables v ON v.variable = m.variable
            WHERE m.part IN ({list}) AND (v.computed_mark IS NULL OR v.computed_mark < m.mark)
            ORDER BY m.mark, m.variable LIMIT @limit
            """;
        var rows = await conn.QueryAsync<(string, long)>(new CommandDefinition(sql, new { limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<Progress> ProgressAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = """
            SELECT p.revision AS Revision, p.changed_ms AS ChangedMs, m.learned_through AS LearnedThrough
            FROM projection_state p CROSS JOIN source_model m WHERE p.id = 1 AND m.id = 1
            """;
        return await conn.QuerySingleAsync<Progress>(new CommandDefinition(Sql, cancellationToken: ct));
    }

    /// <summary>
    /// True when the timelines will not change until new claims arrive: nothing is dirty, the stored model was learned
    /// from the projection as it stands, and every partition was recomputed with that model.
    /// </summary>
    public async Task<bool> IsSettledAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = """
            SELECT CASE
              WHEN EXISTS (SELECT 1 FROM variable_marks m LEFT JOIN variables v ON v.variable = m.variable
                           WHERE v.computed_mark IS NULL OR v.computed_mark < m.mark) THEN 0
              WHEN (SELECT learned_through FROM source_model WHERE id = 1) < (SELECT revision FROM projection_state WHERE id = 1) THEN 0
              WHEN EXISTS (SELECT 1 FROM leases WHERE name LIKE 'partition/%'
                           AND model_revision < (SELECT revision FROM source_model WHERE id = 1)) THEN 0
              ELSE 1 END
            """;
        return await conn.ExecuteScalarAsync<int>(new CommandDefinition(Sql, cancellationToken: ct)) == 1;
    }
}
