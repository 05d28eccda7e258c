using System.Data;
using System.Data.Common;

namespace Conflict.Claims.Claims;

/// <summary>
/// A command prepared once per connection and executed many times with new values: the bulk paths (imports of
/// millions of claims) cannot afford to rebuild and re-plan a statement per row. Parameters are typed so that
/// PostgreSQL can prepare the statement too.
/// </summary>
internal sealed class PreparedCommand : IAsyncDisposable
{
    private readonly DbCommand _command;
    private bool _prepared;

    public PreparedCommand(DbConnection connection, string sql, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
        }
    }

    public PreparedCommand Set(int index, object? value)
    {
        _command.Parameters[index].Value = value ?? DBNull.Value;
        return this;
    }

    public async Task<int> ExecuteAsync(DbTransaction tx, CancellationToken ct)
    {
        await PrepareAsync(tx, ct);
        return await _command.ExecuteNonQueryAsync(ct);
    }

    public async Task<object?> ScalarAsync(DbTransaction tx, CancellationToken ct)
    {
        await PrepareAsync(tx, ct);
        var value = await _command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private async Task PrepareAsync(DbTransaction tx, CancellationToken ct)
    {
        _command.Transaction = tx;
        if (!_prepared)
        {
            await _command.PrepareAsync(ct);
            _prepared = true;
        }
    }
}
