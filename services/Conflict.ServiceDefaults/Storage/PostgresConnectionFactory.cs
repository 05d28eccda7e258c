using System.Data.Common;
using Npgsql;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>PostgreSQL connections from one pooled data source.</summary>
public sealed class PostgresConnectionFactory(NpgsqlDataSource dataSource) : IDbConnectionFactory
{
    public StorageProvider Provider => StorageProvider.Postgres;

    public async Task<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
}
