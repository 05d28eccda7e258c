using Npgsql;

namespace Conflict.Testing;

/// <summary>
/// A PostgreSQL database created for one test on the server of <c>CONFLICT_TEST_POSTGRES</c> and dropped after it.
/// </summary>
public sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _admin;
    private readonly string _name;

    private ScratchPostgresDatabase(NpgsqlDataSource admin, string name, string connectionString)
    {
        _admin = admin;
        _name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The connection string of the scratch database.</summary>
    public string ConnectionString { get; }

    /// <summary>A pooled data source on the scratch database, disposed with it.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static async Task<ScratchPostgresDatabase> CreateAsync(string prefix)
    {
        var server = PostgresFactAttribute.ConnectionString ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set.");
        var admin = NpgsqlDataSource.Create(server);
        var name = prefix + "_" + Guid.NewGuid().ToString("N");
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        return new ScratchPostgresDatabase(admin, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var drop = _admin.CreateCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)"))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await _admin.DisposeAsync();
    }
}
