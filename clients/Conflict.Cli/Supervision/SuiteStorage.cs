using Conflict.Cli.Cli;
using Npgsql;

namespace Conflict.Cli.Supervision;

/// <summary>
/// Where a local suite keeps its data and how many processes each service runs: SQLite files under the data
/// directory with one process per service (the default), or one PostgreSQL database per service with
/// <see cref="Replicas"/> processes each.
/// </summary>
internal sealed record SuiteStorage(string? Postgres = null, int Replicas = 1)
{
    /// <summary>Replica k of a service listens on the service's port + k × this.</summary>
    public const int ReplicaPortStep = 100;

    public static SuiteStorage Sqlite { get; } = new();

    /// <summary>Checks the combination the user asked for and normalises the server's connection string.</summary>
    public static SuiteStorage From(string? postgres, int replicas)
    {
        if (replicas < 1 || replicas > 9)
        {
            throw CliException.Usage($"--replicas {replicas}: use 1 to 9.");
        }
        if (postgres is null)
        {
            return replicas == 1 ? Sqlite : throw CliException.Usage("--replicas needs --postgres: a SQLite file is written by one process.");
        }
        return new SuiteStorage(ServerConnection(postgres), replicas);
    }

    /// <summary>The database a service's replicas share on the server.</summary>
    public static string DatabaseOf(string service) => "conflict_" + service.ToLowerInvariant();

    /// <summary>The settings that point one service process at its data.</summary>
    public IEnumerable<string> Arguments(string database, string dataDirectory)
    {
        if (Postgres is null)
        {
            yield return $"--ConnectionStrings:{database}=Data Source={Path.Combine(dataDirectory, database.ToLowerInvariant() + ".db")}";
            yield break;
        }
        yield return "--Storage:Provider=postgres";
        yield return $"--ConnectionStrings:{database}={new NpgsqlConnectionStringBuilder(Postgres) { Database = DatabaseOf(database) }}";
    }

    /// <summary>Creates the services' databases on the server when missing (PostgreSQL only).</summary>
    public async Task EnsureDatabasesAsync(IEnumerable<string> databases, CancellationToken ct)
    {
        if (Postgres is null)
        {
            return;
        }
        try
        {
            await using var connection = new NpgsqlConnection(Postgres);
            await connection.OpenAsync(ct);
            foreach (var name in databases.Select(DatabaseOf))
            {
                await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
                exists.Parameters.AddWithValue("name", name);
                if (await exists.ExecuteScalarAsync(ct) is null)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                    await create.ExecuteNonQueryAsync(ct);
                }
            }
        }
        catch (NpgsqlException e)
        {
            throw new CliException($"PostgreSQL at {new NpgsqlConnectionStringBuilder(Postgres) { Password = null }}: {e.Message}");
        }
    }

    /// <summary>
    /// A connection string to the server, from either form users have: Npgsql's (<c>Host=...;Username=...</c>) or a
    /// URL (<c>postgres://user:password@host:port/database</c>). Without a database it connects to <c>postgres</c>.
    /// </summary>
    private static string ServerConnection(string value)
    {
        try
        {
            var builder = value.StartsWith("postgres://", StringComparison.Ordinal) || value.StartsWith("postgresql://", StringComparison.Ordinal)
                ? FromUrl(new Uri(value))
                : new NpgsqlConnectionStringBuilder(value);
            builder.Database ??= "postgres";
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException)
        {
            throw CliException.Usage($"--postgres: '{value}' is neither a connection string (Host=...;Username=...) nor a postgres:// URL ({e.Message}).");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(Uri url)
    {
        var user = url.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host, Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port };
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }
        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }
        var database = url.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }
        return builder;
    }
}
