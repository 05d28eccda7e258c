using Conflict.Claims.Measures;
using Conflict.ServiceDefaults.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Claims.Tests.Domain;

/// <summary>
/// Migration 005 and the seeder on a database made before measures had a grammar: the shipped measures the system
/// stored get the shipped grammar, once; a shipped measure someone changed, and a measure a caller made, keep theirs.
/// </summary>
public sealed class GrammarMigrationTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"claims-grammar-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Seed_MeasuresStoredBeforeGrammar_SystemRowsGetTheShippedGrammarOnly()
    {
        // Arrange: every migration, then rows as they were before 005 (no grammar) and 004 (principals)
        var db = new SqliteConnectionFactory($"Data Source={_file}");
        await new MigrationRunner(db, typeof(ClaimsServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(default);
        await using (var connection = await db.OpenAsync(default))
        {
            await InsertMeasureAsync(connection, "localities_controlled", "system");
            await InsertMeasureAsync(connection, "prisoners_taken", "alice");
            await InsertMeasureAsync(connection, "drones_downed", "bob");
        }
        var store = new MeasureStore(db);
        var shipped = ShippedMeasures.Load().Select(m => MeasureMapping.ToRow(m, 5)).ToList();

        // Act
        await store.SeedAsync(shipped, default);
        var first = (await store.AllAsync(default)).ToDictionary(m => m.Id);
        await store.SeedAsync(shipped, default);
        var second = (await store.AllAsync(default)).ToDictionary(m => m.Id);

        // Assert
        var localities = MeasureMapping.ToDefinition(first["localities_controlled"]);
        Assert.Contains("villages", localities.Nouns["en"]);
        Assert.Equal(("holder", true), (localities.PartyRole, localities.NounRequired));
        Assert.Equal(("{}", "none"), (first["prisoners_taken"].CountedNouns, first["prisoners_taken"].PartyRole));
        Assert.Equal(("{}", "none"), (first["drones_downed"].CountedNouns, first["drones_downed"].PartyRole));
        Assert.Equal(first["localities_controlled"].Etag, second["localities_controlled"].Etag);
        Assert.NotEqual("e", first["localities_controlled"].Etag);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private static Task<int> InsertMeasureAsync(System.Data.Common.DbConnection connection, string id, string updater)
    {
        const string Sql = """
            INSERT INTO measures (id, unit, kind, display_names, trigger_words, unit_aliases, description, create_ms, update_ms, etag, creator, updater)
            VALUES (@id, 'count', 1, '{}', '{}', '{}', '', 1, 1, 'e', 'system', @updater)
            """;
        return connection.ExecuteAsync(Sql, new { id, updater });
    }
}
