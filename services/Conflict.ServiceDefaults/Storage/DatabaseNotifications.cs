using System.Data.Common;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>A PostgreSQL notification channel and what this process does when a notification arrives on it
/// (the payload, or null after a reconnect, when notifications may have been missed).</summary>
public sealed record DatabaseChannel(string Name, Action<string?> Handle);

/// <summary>
/// Cross-replica wake-ups. On PostgreSQL a writer queues <c>pg_notify</c> inside its transaction (delivered at commit,
/// never for a rolled-back write) and every replica listens on one connection for all its service's channels. On
/// SQLite (one process) there is nothing to listen to: writers wake their own process directly.
/// </summary>
public sealed partial class DatabaseNotifications(IDbConnectionFactory db, IEnumerable<DatabaseChannel> channels, ILogger<DatabaseNotifications> logger)
    : BackgroundService
{
    private readonly Dictionary<string, DatabaseChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>Queues a notification in the writer's transaction (PostgreSQL only; a no-op on SQLite).</summary>
    public static Task NotifyAsync(DbConnection connection, DbTransaction transaction, string channel, string payload, CancellationToken ct)
    {
        if (connection is not NpgsqlConnection)
        {
            return Task.CompletedTask;
        }
        const string Sql = "SELECT pg_notify(@channel, @payload)";
        return connection.ExecuteAsync(new CommandDefinition(Sql, new { channel, payload }, transaction, cancellationToken: ct));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (db.Provider != StorageProvider.Postgres || _channels.Count == 0)
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
        connection.Notification += (_, e) =>
        {
            if (_channels.TryGetValue(e.Channel, out var channel))
            {
                channel.Handle(e.Payload);
            }
        };
        foreach (var name in _channels.Keys)
        {
            await connection.ExecuteAsync(new CommandDefinition($"LISTEN {name}", cancellationToken: ct)).ConfigureAwait(false);
        }
        // Whatever was committed while this replica was not listening is read now.
        foreach (var channel in _channels.Values)
        {
            channel.Handle(null);
        }
        while (!ct.IsCancellationRequested)
        {
            await connection.WaitAsync(ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the database notification connection; reconnecting")]
    private static partial void LogLost(ILogger logger, Exception exception);
}

/// <summary>Registration of <see cref="DatabaseNotifications"/> and its channels.</summary>
public static class DatabaseNotificationsExtensions
{
    /// <summary>Listens on <paramref name="channel"/> (once per process, whatever the number of channels).</summary>
    public static IServiceCollection AddDatabaseChannel(this IServiceCollection services, string channel, Func<IServiceProvider, Action<string?>> handler)
    {
        services.AddSingleton(sp => new DatabaseChannel(channel, handler(sp)));
        if (!services.Any(s => s.ServiceType == typeof(DatabaseNotifications)))
        {
            services.AddSingleton<DatabaseNotifications>().AddHostedService(sp => sp.GetRequiredService<DatabaseNotifications>());
        }
        return services;
    }
}
