using Conflict.ServiceDefaults.Storage;
using Dapper;
using Npgsql;

namespace Conflict.Sources.Feed;

/// <summary>
/// On PostgreSQL, where several replicas share the database, listens for the notifications that every committed
/// change sends and wakes this replica's waiting streams. Does nothing on SQLite (one process, woken in process).
/// After a lost connection it reconnects and wakes the streams once, so a change missed meanwhile is read.
/// </summary>
internal sealed partial class PostgresChangeListener(IDbConnectionFactory db, ChangeNotifier notifier, ILogger<PostgresChangeListener> logger)
    : BackgroundService
{
    public const string Channel = "conflict_source_changes";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (db.Provider != StorageProvider.Postgres)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
            {
                LogLost(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)await db.OpenAsync(ct).ConfigureAwait(false);
        connection.Notification += (_, _) => notifier.Notify();
        await connection.ExecuteAsync(new CommandDefinition($"LISTEN {Channel}", cancellationToken: ct)).ConfigureAwait(false);
        notifier.Notify();
        while (!ct.IsCancellationRequested)
        {
            await connection.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change notification connection; reconnecting")]
    private static partial void LogLost(ILogger logger, Exception exception);
}
