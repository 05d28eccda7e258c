using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.Feed;
using Conflict.Sources.Import;
using Conflict.Sources.Writes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflict.Sources.Tests.Support;

/// <summary>
/// A real database (a temp SQLite file, or PostgreSQL given a factory), migrated, with the service's store and
/// domain objects composed as the service composes them. No transport.
/// </summary>
internal sealed class SourcesDatabase : IAsyncDisposable
{
    private readonly string? _file;

    private SourcesDatabase(IDbConnectionFactory factory, string? file)
    {
        Factory = factory;
        _file = file;
        Store = new SourceStore(factory);
        Changes = new ChangeStore(factory);
        Writes = new SourceWrites(Store, Notifier, TimeProvider.System);
        Importer = new SourceImporter(Writes, TimeProvider.System);
        Feed = new SourceFeed(Changes, Notifier);
    }

    public IDbConnectionFactory Factory { get; }

    public SourceStore Store { get; }

    public ChangeStore Changes { get; }

    public ChangeSignal Notifier { get; } = new();

    public SourceWrites Writes { get; }

    public SourceImporter Importer { get; }

    public SourceFeed Feed { get; }

    public static Task<SourcesDatabase> SqliteAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"conflict-sources-{Guid.NewGuid():N}.db");
        return OpenAsync(new SqliteConnectionFactory($"Data Source={file}"), file);
    }

    public static async Task<SourcesDatabase> OpenAsync(IDbConnectionFactory factory, string? file = null)
    {
        var runner = new MigrationRunner(factory, typeof(SourcesServiceMarker).Assembly, NullLogger<MigrationRunner>.Instance);
        await runner.RunAsync(CancellationToken.None);
        return new SourcesDatabase(factory, file);
    }

    public ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
        return ValueTask.CompletedTask;
    }
}
