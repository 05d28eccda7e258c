using System.Data.Common;

namespace Conflict.ServiceDefaults.Storage;

/// <summary>Opens connections to the service's own database.</summary>
public interface IDbConnectionFactory
{
    StorageProvider Provider { get; }

    /// <summary>Opens a new connection, configured for durability; the caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken ct);
}
