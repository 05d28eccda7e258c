using Npgsql;

namespace Conflict.Sources.Tests.Support;

/// <summary>A database created for one test and dropped after it.</summary>
internal sealed class ScratchDatabase(NpgsqlDataSource admin, string name, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;

    public string ConnectionString => dataSource.ConnectionString;

    public static async Task<ScratchDatabase> CreateAsync(string connectionString)
    {
        var admin = NpgsqlDataSource.Create(connectionString);
        var name = "sources_test_" + Guid.NewGuid().ToString("N");
        await using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = name };
        return new ScratchDatabase(admin, name, NpgsqlDataSource.Create(builder.ConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        {
            await drop.ExecuteNonQueryAsync();
        }
        await admin.DisposeAsync();
    }
}
