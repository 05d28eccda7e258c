using System.Data.Common;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// SQL of the replica table and the leases. Times are this replica's clock in Unix milliseconds: replicas of one
/// deployment are expected to keep their clocks within a fraction of the lease period of each other (NTP does).
/// </summary>
internal sealed class LeaseStore(IDbConnectionFactory db)
{
    /// <summary>What one heartbeat learns: the leases held, how many replicas are alive, which leases are free.</summary>
    public sealed record Beat(IReadOnlyList<Lease> Held, int LiveReplicas, IReadOnlyList<string> Free);

    /// <summary>Creates the lease rows that do not exist yet (once per process: an insert that meets a row locked by a
    /// fenced write waits for it, so it is not repeated every heartbeat).</summary>
    public async Task EnsureLeasesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        foreach (var name in Partitions.AllLeases)
        {
            const string Ensure = "INSERT INTO leases (name, owner, expires_ms, epoch, model_revision) VALUES (@name, '', 0, 0, 0) ON CONFLICT (name) DO NOTHING";
            await conn.ExecuteAsync(new CommandDefinition(Ensure, new { name }, cancellationToken: ct));
        }
    }

    /// <summary>Records this replica as alive, renews every lease it holds, and reads the state of the others.</summary>
    public async Task<Beat> HeartbeatAsync(string me, long nowMs, long ttlMs, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            const string Seen = "INSERT INTO replicas (id, seen_ms) VALUES (@me, @nowMs) ON CONFLICT (id) DO UPDATE SET seen_ms = excluded.seen_ms";
            await conn.ExecuteAsync(new CommandDefinition(Seen, new { me, nowMs }, tx, cancellationToken: ct));
            const string Forget = "DELETE FROM replicas WHERE seen_ms < @old";
            await conn.ExecuteAsync(new CommandDefinition(Forget, new { old = nowMs - 20 * ttlMs }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
        const string Held = "SELECT name AS Name, owner AS Owner, epoch AS Epoch, model_revision AS ModelRevision FROM leases WHERE owner = @me ORDER BY name";
        var held = (await conn.QueryAsync<Lease>(new CommandDefinition(Held, new { me }, cancellationToken: ct))).AsList();
        // One lease per statement, each its own transaction: a renewal then never holds one lease row while waiting
        // for another, so it cannot close a deadlock with the fenced writes that hold lease rows (FenceAsync).
        foreach (var lease in held)
        {
            const string Renew = "UPDATE leases SET expires_ms = @expires WHERE name = @Name AND owner = @me";
            await conn.ExecuteAsync(new CommandDefinition(Renew, new { lease.Name, me, expires = nowMs + ttlMs }, cancellationToken: ct));
        }
        const string Live = "SELECT COUNT(*) FROM replicas WHERE seen_ms >= @since";
        var live = await conn.ExecuteScalarAsync<long>(new CommandDefinition(Live, new { since = nowMs - ttlMs }, cancellationToken: ct));
        const string Free = "SELECT name FROM leases WHERE owner = '' OR expires_ms < @nowMs ORDER BY name";
        var free = (await conn.QueryAsync<string>(new CommandDefinition(Free, new { nowMs }, cancellationToken: ct))).AsList();
        return new Beat(held, (int)Math.Max(1, live), free);
    }

    /// <summary>Takes a free or expired lease (or any, with <paramref name="steal"/>); null when another replica holds it.</summary>
    public async Task<Lease?> TryAcquireAsync(string name, string me, long nowMs, long ttlMs, bool steal, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var sql = "UPDATE leases SET owner = @me, expires_ms = @expires, epoch = epoch + 1 WHERE name = @name"
            + (steal ? "" : " AND (owner = '' OR expires_ms < @nowMs)")
            + " RETURNING name AS Name, owner AS Owner, epoch AS Epoch, model_revision AS ModelRevision";
        return await conn.QuerySingleOrDefaultAsync<Lease>(new CommandDefinition(sql, new { name, me, nowMs, expires = nowMs + ttlMs }, cancellationToken: ct));
    }

    /// <summary>Gives a lease back at once (to a replica that joined), instead of letting it expire.</summary>
    public async Task ReleaseAsync(Lease lease, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "UPDATE leases SET owner = '', expires_ms = 0 WHERE name = @Name AND owner = @Owner AND epoch = @Epoch";
        await conn.ExecuteAsync(new CommandDefinition(Sql, lease, cancellationToken: ct));
    }

    /// <summary>
    /// The fence of a write made under <paramref name="lease"/>: the first statement of its transaction. It locks the
    /// lease row until commit on PostgreSQL (SQLite locks the whole database), so a takeover waits for the write to
    /// end, and after a takeover the write fails here and changes nothing. A transaction under several leases takes
    /// them in name order, and nothing else holds two lease rows at once, so fences cannot deadlock each other.
    /// </summary>
    public static async Task FenceAsync(DbConnection conn, DbTransaction tx, Lease lease, CancellationToken ct)
    {
        const string Sql = "UPDATE leases SET epoch = epoch WHERE name = @Name AND owner = @Owner AND epoch = @Epoch";
        if (await conn.ExecuteAsync(new CommandDefinition(Sql, lease, tx, cancellationToken: ct)) != 1)
        {
            throw new LeaseLostException(lease.Name);
        }
    }

    /// <summary>Records that the partition's variables were all recomputed with model <paramref name="revision"/>.</summary>
    public async Task SetModelRevisionAsync(Lease lease, long revision, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await FenceAsync(conn, tx, lease, ct);
        const string Sql = "UPDATE leases SET model_revision = @revision WHERE name = @name";
        await conn.ExecuteAsync(new CommandDefinition(Sql, new { revision, name = lease.Name }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }
}
