using Dapper;

namespace Conflict.Sources.Import;

/// <summary>SQL for the import keys already applied.</summary>
internal static class ImportStore
{
    /// <summary>The source an import key created; null when the key is new.</summary>
    public static Task<string?> FindAsync(WriteSession session, string importKey, CancellationToken ct)
    {
        const string Sql = "SELECT source_id FROM source_imports WHERE import_key = @importKey";
        return session.Connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(Sql, new { importKey }, session.Transaction, cancellationToken: ct));
    }

    public static Task AddAsync(WriteSession session, string importKey, string sourceId, long importMs, CancellationToken ct)
    {
        const string Sql = "INSERT INTO source_imports (import_key, source_id, import_ms) VALUES (@importKey, @sourceId, @importMs)";
        return session.Connection.ExecuteAsync(new CommandDefinition(Sql, new { importKey, sourceId, importMs }, session.Transaction, cancellationToken: ct));
    }
}
