using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Sources.Feed;

/// <summary>SQL for the change feed: the sequence counter and the outbox of changes.</summary>
internal sealed class ChangeStore(IDbConnectionFactory db)
{
    /// <summary>
    /// Takes the feed lock without consuming a sequence: a no-op write on the counter row, run as the first statement
    /// of every write transaction (PostgreSQL row lock; SQLite write lock, waiting out the busy timeout).
    /// </summary>
    public static Task LockAsync(WriteSession session, CancellationToken ct)
    {
        const string Sql = "UPDATE source_feed SET last_sequence = last_sequence WHERE id = 1";
        return session.Connection.ExecuteAsync(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Takes the next sequence. Writers are serialized by <see cref="LockAsync"/> until commit, so sequences
    /// become visible in order, without gaps, and a reader never skips one that commits later.
    /// </summary>
    public static Task<long> NextSequenceAsync(WriteSession session, CancellationToken ct)
    {
        const string Sql = "UPDATE source_feed SET last_sequence = last_sequence + 1 WHERE id = 1 RETURNING last_sequence";
        return session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, transaction: session.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Writes a change to the outbox. On PostgreSQL it also queues a notification, which the server delivers at
    /// commit to every replica, so their streams wake too.
    /// </summary>
    public static async Task AppendAsync(WriteSession session, ChangeRow change, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO source_changes (sequence, source_id, change_type, change_ms, snapshot)
            VALUES (@Sequence, @SourceId, @ChangeType, @ChangeMs, @Snapshot)
            """;
        await session.Connection.ExecuteAsync(new CommandDefinition(Sql, change, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
        await DatabaseNotifications.NotifyAsync(session.Connection, session.Transaction, SourceFeed.Channel, change.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
    }

    /// <summary>Changes after a sequence, in order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ChangeRow>> ReadAfterAsync(long after, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        const string Sql = """
            SELECT sequence AS Sequence, source_id AS SourceId, change_type AS ChangeType, change_ms AS ChangeMs, snapshot AS Snapshot
            FROM source_changes WHERE sequence > @after ORDER BY sequence LIMIT @limit
            """;
        var rows = await connection.QueryAsync<ChangeRow>(new CommandDefinition(Sql, new { after, limit }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>The last committed sequence (0 before any change).</summary>
    public async Task<long> LastSequenceAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        const string Sql = "SELECT last_sequence FROM source_feed WHERE id = 1";
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(Sql, cancellationToken: ct)).ConfigureAwait(false);
    }
}
