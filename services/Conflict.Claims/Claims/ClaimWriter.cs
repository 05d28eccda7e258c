using System.Data;
using System.Data.Common;
using Conflict.Claims.Feed;
using Conflict.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Conflict.Claims.Claims;

/// <summary>
/// Writes claims, state changes and their change-feed entries, one transaction at a time, on one connection whose
/// statements stay prepared (an import reuses one writer for all its batches). Every transaction first locks the
/// feed head row, so feed sequences are gapless and committed in order, on SQLite and PostgreSQL alike. A commit
/// wakes this process's feed streams, and on PostgreSQL every other replica's through a notification.
/// </summary>
internal sealed class ClaimWriter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly WriteGate _gate;
    private readonly ChangeSignal _notifier;
    private readonly PreparedCommand _lockHead;
    private readonly PreparedCommand _setHead;
    private readonly PreparedCommand _insertStatus;
    private readonly IRowInserts _inserts;
    private DbTransaction? _tx;
    private IDisposable? _entered;
    private long _head;
    private long _startHead;

    private ClaimWriter(DbConnection connection, WriteGate gate, ChangeSignal notifier)
    {
        _inserts = connection is SqliteConnection sqlite ? new SqliteRowInserts(sqlite) : new CommandRowInserts(connection);
        _connection = connection;
        _gate = gate;
        _notifier = notifier;
        _lockHead = new(connection, "UPDATE claim_feed_head SET last_sequence = last_sequence WHERE id = 1 RETURNING last_sequence");
        _setHead = new(connection, "UPDATE claim_feed_head SET last_sequence = @last WHERE id = 1", ("@last", DbType.Int64));
        _insertStatus = new(connection, """
            INSERT INTO claim_status (claim_id, state, superseded_by, reason, change_ms, updater)
            VALUES (@claim, @state, @by, @reason, @ms, @updater)
            ON CONFLICT (claim_id) DO NOTHING
            """, ("@claim", DbType.String), ("@state", DbType.Int32), ("@by", DbType.String), ("@reason", DbType.String), ("@ms", DbType.Int64),
            ("@updater", DbType.String));
    }

    public static async Task<ClaimWriter> OpenAsync(IDbConnectionFactory db, WriteGate gate, ChangeSignal notifier, CancellationToken ct)
    {
        var connection = await db.OpenAsync(ct);
        if (db.Provider == StorageProvider.Sqlite)
        {
            // 64 MiB of page cache (instead of 2) keeps the index pages that bulk inserts touch in memory.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA cache_size = -65536";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return new(connection, gate, notifier);
    }

    /// <summary>Starts a transaction and takes the write lock.</summary>
    public async Task BeginAsync(CancellationToken ct)
    {
        _entered = await _gate.EnterAsync(ct);
        try
        {
            _tx = await _connection.BeginTransactionAsync(ct);
            _head = _startHead = Convert.ToInt64(await _lockHead.ScalarAsync(_tx, ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch
        {
            await EndAsync();
            throw;
        }
    }

    /// <summary>Inserts the claim and its feed entry; false (nothing written) when its request id was used before.</summary>
    public async Task<bool> TryInsertClaimAsync(ClaimRow row, CancellationToken ct)
    {
        if (await _inserts.InsertClaimAsync(row, Tx, ct) == 0)
        {
            return false;
        }
        await AppendChangeAsync(row.Id, 1, row.CreateMs, ct);
        return true;
    }

    /// <summary>Moves an active claim to the change's state; false when it already left the active state.</summary>
    public async Task<bool> TryChangeStateAsync(string claimId, StateChange change, CancellationToken ct)
    {
        var changed = await _insertStatus.Set(0, claimId).Set(1, change.State).Set(2, change.SupersededBy).Set(3, change.Reason)
            .Set(4, change.ChangeMs).Set(5, change.Principal).ExecuteAsync(Tx, ct) == 1;
        if (changed)
        {
            await AppendChangeAsync(claimId, change.State, change.ChangeMs, ct);
        }
        return changed;
    }

    /// <summary>Runs other statements (Dapper) inside the current transaction.</summary>
    public Task<T> WithTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work) => work(_connection, Tx);

    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            if (_head != _startHead)
            {
                await _setHead.Set(0, _head).ExecuteAsync(Tx, ct);
                await DatabaseNotifications.NotifyAsync(_connection, Tx, ChangeFeed.Channel, _head.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            }
            await Tx.CommitAsync(ct);
        }
        finally
        {
            await EndAsync();
        }
        if (_head != _startHead)
        {
            _notifier.Notify();
        }
    }

    public async Task RollbackAsync()
    {
        try
        {
            if (_tx is not null)
            {
                await _tx.RollbackAsync();
            }
        }
        finally
        {
            await EndAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        foreach (var command in new[] { _lockHead, _setHead, _insertStatus })
        {
            await command.DisposeAsync();
        }
        await _inserts.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private DbTransaction Tx => _tx ?? throw new InvalidOperationException("BeginAsync first.");

    /// <summary>Feed change types share the numbers of ClaimState: 1 created, 2 superseded, 3 retracted.</summary>
    private async Task AppendChangeAsync(string claimId, int changeType, long nowMs, CancellationToken ct)
    {
        _head++;
        await _inserts.InsertChangeAsync(_head, claimId, changeType, nowMs, Tx, ct);
    }

    private async Task EndAsync()
    {
        if (_tx is not null)
        {
            await _tx.DisposeAsync();
            _tx = null;
        }
        _entered?.Dispose();
        _entered = null;
    }
}
