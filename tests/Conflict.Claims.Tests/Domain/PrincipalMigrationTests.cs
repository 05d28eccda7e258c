using Conflict.Claims.Measures;
using Conflict.ServiceDefaults.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Claims.Tests.Domain;

/// <summary>
/// Migration 004 on a database made before principals were recorded: shipped measures become `system`'s, what
/// callers stored keeps an empty creator (nobody knows who it was).
/// </summary>
public sealed class PrincipalMigrationTests : IDisposable
{
    private static readonly string[] Earlier = ["001_claims", "002_claim_rows", "003_claim_indexes"];

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"claims-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migrate_MeasuresStoredBefore_ShippedBecomeSystemsOthersStayEmpty()
    {
        // Arrange: the schema of 001 to 003, a shipped measure as seeded, one changed since, and one a caller created
        var db = new SqliteConnectionFactory($"Data Source={_file}");
        await using (var connection = await db.OpenAsync(default))
        {
            foreach (var version in Earlier)
            {
                await connection.ExecuteAsync(Script(version));
            }
            await connection.ExecuteAsync("CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_ms BIGINT NOT NULL)");
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, applied_ms) VALUES (@version, 0)", Earlier.Select(version => new { version }));
            await InsertMeasureAsync(connection, "area_controlled", updateMs: 1);
            await InsertMeasureAsync(connection, "front_width", updateMs: 2);
            await InsertMeasureAsync(connection, "drones_downed", updateMs: 1);
        }

        // Act
        await new MigrationRunner(db, typeof(ClaimsServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(default);
        var measures = (await new MeasureStore(db).AllAsync(default)).ToDictionary(m => m.Id, m => (m.Creator, m.Updater));

        // Assert
        Assert.Equal(("system", "system"), measures["area_controlled"]);
        Assert.Equal(("system", ""), measures["front_width"]);
        Assert.Equal(("", ""), measures["drones_downed"]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    /// <summary>An embedded migration of the Claims service, the SQLite one where the dialects differ.</summary>
    private static string Script(string version)
    {
        var assembly = typeof(ClaimsServiceMarker).Assembly;
        var name = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith("." + version + ".sql", StringComparison.Ordinal) && !n.Contains(".postgres.", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }

    private static Task<int> InsertMeasureAsync(System.Data.Common.DbConnection connection, string id, long updateMs)
    {
        const string Sql = """
            INSERT INTO measures (id, unit, kind, display_names, trigger_words, unit_aliases, description, create_ms, update_ms, etag)
            VALUES (@id, 'km', 1, '{}', '{}', '{}', '', 1, @updateMs, 'e')
            """;
        return connection.ExecuteAsync(Sql, new { id, updateMs });
    }
}
