using System.Data.Common;
using Conflict.ServiceDefaults.Storage;

namespace Conflict.Sources;

/// <summary>One write transaction: every statement of a change, including its feed entry, commits or none does.</summary>
internal sealed class WriteSession(DbConnection connection, DbTransaction transaction, StorageProvider provider) : IAsyncDisposable
{
    public StorageProvider Provider => provider;

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
