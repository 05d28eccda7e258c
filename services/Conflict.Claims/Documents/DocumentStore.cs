using System.Data.Common;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Claims.Documents;

/// <summary>SQL for documents.</summary>
internal sealed class DocumentStore(IDbConnectionFactory db)
{
    private const string Columns = """
        id AS Id, sha256 AS Sha256, url AS Url, publisher AS Publisher, publish_ms AS PublishMs, language AS Language,
        title AS Title, text_length AS TextLength, create_ms AS CreateMs, creator AS Creator, updater AS Updater
        """;

    /// <summary>Stores the document unless its text is already stored; returns the stored one and whether it was new.</summary>
    public async Task<(DocumentRow Row, bool Created)> InsertOrGetAsync(DocumentRow row, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var result = await InsertOrGetAsync(conn, tx, row, ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>As above, inside the caller's transaction.</summary>
    public static async Task<(DocumentRow Row, bool Created)> InsertOrGetAsync(DbConnection conn, DbTransaction tx, DocumentRow row, CancellationToken ct)
    {
        const string Insert = """
            INSERT INTO documents (id, sha256, url, publisher, publish_ms, language, title, text, text_length, create_ms, creator, updater)
            VALUES (@Id, @Sha256, @Url, @Publisher, @PublishMs, @Language, @Title, @Text, @TextLength, @CreateMs, @Creator, @Updater)
            ON CONFLICT (sha256) DO NOTHING
            """;
        var created = await conn.ExecuteAsync(new CommandDefinition(Insert, row, tx, cancellationToken: ct)) == 1;
        const string Select = "SELECT " + Columns + ", text AS Text FROM documents WHERE sha256 = @Sha256";
        var stored = await conn.QuerySingleAsync<DocumentRow>(new CommandDefinition(Select, new { row.Sha256 }, tx, cancellationToken: ct));
        return (stored, created);
    }

    public async Task<DocumentRow?> GetAsync(string id, CancellationToken ct)
    {
        const string Sql = "SELECT " + Columns + ", text AS Text FROM documents WHERE id = @id";
        await using var conn = await db.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(Sql, new { id }, cancellationToken: ct));
    }

    public async Task<DocumentRow?> FindBySha256Async(string sha256, CancellationToken ct)
    {
        const string Sql = "SELECT " + Columns + ", text AS Text FROM documents WHERE sha256 = @sha256";
        await using var conn = await db.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(Sql, new { sha256 }, cancellationToken: ct));
    }

    /// <summary>A page of documents without their text, oldest first; <paramref name="publisher"/> null for all.</summary>
    public async Task<IReadOnlyList<DocumentRow>> ListAsync(string? publisher, string after, int limit, CancellationToken ct)
    {
        const string All = "SELECT " + Columns + " FROM documents WHERE id > @after ORDER BY id LIMIT @limit";
        const string ByPublisher = "SELECT " + Columns + " FROM documents WHERE publisher = @publisher AND id > @after ORDER BY id LIMIT @limit";
        await using var conn = await db.OpenAsync(ct);
        var sql = publisher is null ? All : ByPublisher;
        return [.. await conn.QueryAsync<DocumentRow>(new CommandDefinition(sql, new { publisher, after, limit }, cancellationToken: ct))];
    }

    /// <summary>Publication time and text length of the given documents that exist.</summary>
    public async Task<IReadOnlyDictionary<string, DocumentFacts>> FactsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, DocumentFacts>();
        }
        const string Sql = "SELECT id AS Id, publish_ms AS PublishMs, text_length AS TextLength, language AS Language, publisher AS Publisher FROM documents WHERE id = @id";
        await using var conn = await db.OpenAsync(ct);
        var facts = new Dictionary<string, DocumentFacts>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var found = await conn.QuerySingleOrDefaultAsync<DocumentFacts>(new CommandDefinition(Sql, new { id }, cancellationToken: ct));
            if (found is not null)
            {
                facts[id] = found;
            }
        }
        return facts;
    }
}
