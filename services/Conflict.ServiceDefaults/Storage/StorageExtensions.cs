using System.Reflection;
using Conflict.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>Registers a service's database from configuration and migrates it at start-up.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// Reads <c>Storage:Provider</c> (<c>sqlite</c>, the default, or <c>postgres</c>) and
    /// <c>ConnectionStrings:{name}</c> (default <c>Data Source=data/{name}.db</c>), registers the
    /// <see cref="IDbConnectionFactory"/>, and applies the embedded migrations of <paramref name="migrations"/>
    /// before the server starts taking calls.
    /// </summary>
    public static IHostApplicationBuilder AddConflictStorage(this IHostApplicationBuilder builder, string name, Assembly migrations)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var provider = ParseProvider(builder.Configuration["Storage:Provider"]);
        var connectionString = builder.Configuration.GetConnectionString(name);
        IDbConnectionFactory factory = provider switch
        {
            StorageProvider.Postgres => new PostgresConnectionFactory(NpgsqlDataSource.Create(connectionString
                ?? throw new InvalidOperationException($"Storage:Provider is postgres but ConnectionStrings:{name} is not set."))),
            _ => new SqliteConnectionFactory(connectionString ?? $"Data Source=data/{name.ToLowerInvariant()}.db"),
        };
        builder.Services.AddSingleton(factory);
        builder.Services.AddSingleton(sp => new MigrationRunner(factory, migrations, sp.GetRequiredService<ILogger<MigrationRunner>>()));
        builder.Services.AddHostedService(sp => new MigrationHostedService(sp.GetRequiredService<MigrationRunner>()));
        builder.Services.AddReadinessCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    private static StorageProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StorageProvider.Sqlite,
        "postgres" or "postgresql" => StorageProvider.Postgres,
        _ => throw new InvalidOperationException($"Storage:Provider '{value}' is not one of sqlite, postgres."),
    };

    /// <summary>Runs the migrations in StartAsync, which the host awaits before Kestrel listens.</summary>
    private sealed class MigrationHostedService(MigrationRunner runner) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => runner.RunAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
