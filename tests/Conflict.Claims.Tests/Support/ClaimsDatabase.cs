using Conflict.Claims.Claims;
using Conflict.Claims.Documents;
using Conflict.Claims.Feed;
using Conflict.Claims.Import;
using Conflict.Claims.Measures;
using Conflict.ServiceDefaults.Storage;
using Conflict.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Claims.Tests.Support;

/// <summary>
/// The Claims service's domain over a real database (a temp SQLite file, or PostgreSQL), wired by hand without
/// a transport, with a fake Sources directory.
/// </summary>
internal sealed class ClaimsDatabase : IAsyncDisposable
{
    private readonly string? _file;

    private ClaimsDatabase(IDbConnectionFactory db, string? file)
    {
        Db = db;
        _file = file;
        Measures = new MeasureStore(db);
        Catalog = new MeasureCatalog(Measures);
        Documents = new DocumentStore(db);
        Claims = new ClaimStore(db);
        Preparer = new ClaimPreparer(Catalog, Documents, Sources);
        Creator = new ClaimCreator(db, Gate, Notifier, Preparer, Claims);
        Lifecycle = new ClaimLifecycle(db, Gate, Notifier, Creator, Claims);
        Importer = new ClaimImporter(db, Gate, Notifier, Preparer, new ConflictMetrics(Meters));
        Feed = new ChangeFeed(new ChangeFeedStore(db), Notifier);
        Service = new ClaimService(Creator, Claims);
    }

    /// <summary>A meter factory of its own, as the host would give the services.</summary>
    private static System.Diagnostics.Metrics.IMeterFactory Meters { get; } =
        new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddMetrics().BuildServiceProvider()
            .GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    public IDbConnectionFactory Db { get; }
    public FakeSourceDirectory Sources { get; } = new();
    public WriteGate Gate { get; } = new();
    public ChangeSignal Notifier { get; } = new();
    public MeasureStore Measures { get; }
    public MeasureCatalog Catalog { get; }
    public DocumentStore Documents { get; }
    public ClaimStore Claims { get; }
    public ClaimPreparer Preparer { get; }
    public ClaimCreator Creator { get; }
    public ClaimLifecycle Lifecycle { get; }
    public ClaimImporter Importer { get; }
    public ChangeFeed Feed { get; }
    public ClaimService Service { get; }

    public static Task<ClaimsDatabase> SqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"claims-test-{Guid.NewGuid():N}.db");
        return OpenAsync(new SqliteConnectionFactory($"Data Source={file}"), file);
    }

    public static Task<ClaimsDatabase> PostgresAsync(IDbConnectionFactory db) => OpenAsync(db, null);

    public async ValueTask DisposeAsync()
    {
        Gate.Dispose();
        if (_file is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
        await Task.CompletedTask;
    }

    private static async Task<ClaimsDatabase> OpenAsync(IDbConnectionFactory db, string? file)
    {
        await new MigrationRunner(db, typeof(ClaimsServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance).RunAsync(CancellationToken.None);
        var database = new ClaimsDatabase(db, file);
        await new MeasureSeeder(database.Measures, database.Catalog).StartAsync(CancellationToken.None);
        return database;
    }
}
