using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Conflict.Claims.Claims;

/// <summary>
/// A statement prepared once on the connection's native SQLite handle and bound by position. The bulk path pays
/// per row only for the binds and the B-tree work: ADO.NET's per-execution parameter lookup by name cost more
/// than the inserts themselves. A value equal to the one already bound is not bound again (SQLite keeps bindings
/// across executions): consecutive claims share most of their columns. It runs inside the transaction the
/// connection already has open.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;
    private readonly Bound[] _bound;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _stmt));
        _bound = new Bound[raw.sqlite3_bind_parameter_count(_stmt) + 1];
    }

    /// <summary>Binds parameter <paramref name="index"/> (1-based, in order of first appearance in the SQL).</summary>
    public SqliteStatement Text(int index, string? value)
    {
        var next = value is null ? Bound.Null : new Bound(Kind.Text, 0, 0, value);
        if (!_bound[index].SameAs(next))
        {
            Check(value is null ? raw.sqlite3_bind_null(_stmt, index) : raw.sqlite3_bind_text16(_stmt, index, value.AsSpan()));
            _bound[index] = next;
        }
        return this;
    }

    public SqliteStatement Integer(int index, long? value)
    {
        var next = value is { } v ? new Bound(Kind.Integer, v, 0, null) : Bound.Null;
        if (!_bound[index].SameAs(next))
        {
            Check(value is { } i ? raw.sqlite3_bind_int64(_stmt, index, i) : raw.sqlite3_bind_null(_stmt, index));
            _bound[index] = next;
        }
        return this;
    }

    public SqliteStatement Real(int index, double? value)
    {
        var next = value is { } v ? new Bound(Kind.Real, 0, v, null) : Bound.Null;
        if (!_bound[index].SameAs(next))
        {
            Check(value is { } d ? raw.sqlite3_bind_double(_stmt, index, d) : raw.sqlite3_bind_null(_stmt, index));
            _bound[index] = next;
        }
        return this;
    }

    /// <summary>Runs the statement to completion; returns the rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE)
        {
            Check(rc);
        }
        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _stmt.Dispose();

    private enum Kind : byte
    {
        Unbound,
        Null,
        Text,
        Integer,
        Real,
    }

    /// <summary>What a parameter holds now. Reals compare by bits, so 0.0 and -0.0 (or two NaNs) are told apart.</summary>
    private readonly record struct Bound(Kind Kind, long Integer, double Real, string? Text)
    {
        public static readonly Bound Null = new(Kind.Null, 0, 0, null);

        public bool SameAs(Bound other) => Kind == other.Kind && Integer == other.Integer
            && BitConverter.DoubleToInt64Bits(Real) == BitConverter.DoubleToInt64Bits(other.Real)
            && string.Equals(Text, other.Text, StringComparison.Ordinal);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc);
        }
    }
}
