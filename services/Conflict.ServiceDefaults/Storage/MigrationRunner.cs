using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>
/// Applies the embedded <c>Migrations/NNN_description.sql</c> scripts of a service assembly in order, each in
/// its own transaction, recording them in <c>schema_migrations</c>. Scripts under <c>Migrations/sqlite/</c> or
/// <c>Migrations/postgres/</c> apply to that provider only. On PostgreSQL an advisory lock keeps replicas that
/// start together from migrating twice.
/// </summary>
public sealed partial class MigrationRunner(IDbConnectionFactory factory, Assembly assembly, ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x436f6e666c696374; // "Conflict"

    public async Task RunAsync(CancellationToken ct)
    {
        await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
        var postgres = factory.Provider == StorageProvider.Postgres;
        if (postgres)
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: ct)).ConfigureAwait(false);
        }
        try
        {
            const string CreateTable = "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_ms BIGINT NOT NULL)";
            await connection.ExecuteAsync(new CommandDefinition(CreateTable, cancellationToken: ct)).ConfigureAwait(false);
            var applied = (await connection.QueryAsync<string>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct)).ConfigureAwait(false)).ToHashSet();
            foreach (var (version, resource) in Scripts())
            {
                if (applied.Contains(version))
                {
                    continue;
                }
                var sql = ReadResource(resource);
                await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
                const string Record = "INSERT INTO schema_migrations (version, applied_ms) VALUES (@version, @now)";
                await connection.ExecuteAsync(new CommandDefinition(Record, new { version, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx, cancellationToken: ct)).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                LogApplied(logger, version, factory.Provider);
            }
        }
        finally
        {
            if (postgres)
            {
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The versions of this service's migrations not yet recorded in the database (all of them on an empty one).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct)
    {
        await using var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
        const string Exists = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'";
        const string ExistsSqlite = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        var sql = factory.Provider == StorageProvider.Postgres ? Exists : ExistsSqlite;
        var hasTable = await connection.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: ct)).ConfigureAwait(false) > 0;
        var applied = hasTable
            ? (await connection.QueryAsync<string>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct)).ConfigureAwait(false)).ToHashSet()
            : [];
        return [.. Scripts().Select(s => s.Version).Where(v => !applied.Contains(v))];
    }

    /// <summary>The scripts for this provider, ordered by file name: (version, resource name).</summary>
    internal IEnumerable<(string Version, string Resource)> Scripts()
    {
        var other = factory.Provider == StorageProvider.Sqlite ? ".Migrations.postgres." : ".Migrations.sqlite.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Where(name => !name.Contains(other, StringComparison.Ordinal))
            .Select(name => (Version: Path.GetFileNameWithoutExtension(name[(name.LastIndexOf(".Migrations.", StringComparison.Ordinal) + 12)..]).Split('.')[^1], Resource: name))
            .OrderBy(script => script.Version, StringComparer.Ordinal);
    }

    private string ReadResource(string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Migration {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version} on {Provider}")]
    private static partial void LogApplied(ILogger logger, string version, StorageProvider provider);
}
