namespace Conflict.ServiceDefaults.Storage;

/// <summary>The database a service stores its data in.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file (the default, one machine).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (scale-out: several replicas share it).</summary>
    Postgres,
}
