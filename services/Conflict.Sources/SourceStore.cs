using System.Data.Common;
using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.Listing;
using Dapper;

namespace Conflict.Sources;

/// <summary>SQL for sources, their aliases and normalized names. Writes run inside a <see cref="WriteSession"/>.</summary>
internal sealed class SourceStore(IDbConnectionFactory db)
{
    private const string Columns = """
        id AS Id, display_name AS DisplayName, kind AS Kind, country AS Country, aligned_party AS AlignedParty,
        parent_id AS ParentId, person AS Person, prior_grade AS PriorGrade, description AS Description,
        create_ms AS CreateMs, update_ms AS UpdateMs, delete_ms AS DeleteMs, revision AS Revision,
        creator AS Creator, updater AS Updater
        """;

    private const string AliasColumns = "source_id AS SourceId, position AS Position, name AS Name, language AS Language";

    private const string ListFilter = """
        WHERE id > @After
          AND (@Kind = 0 OR kind = @Kind)
          AND (@FilterParty = 0 OR aligned_party = @Party)
          AND (@Country = '' OR country = @Country)
          AND (@ShowDeleted = 1 OR delete_ms = 0)
          AND (@Prefix = '' OR EXISTS (SELECT 1 FROM source_names n
                                       WHERE n.source_id = sources.id AND substr(n.name_key, 1, @PrefixLength) = @Prefix))
        """;

    public async Task<WriteSession> BeginWriteAsync(CancellationToken ct)
    {
        var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            return new WriteSession(connection, transaction, db.Provider);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<SourceRecord?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        return await GetAsync(connection, null, id, ct).ConfigureAwait(false);
    }

    public static Task<SourceRecord?> GetAsync(WriteSession session, string id, CancellationToken ct)
        => GetAsync(session.Connection, session.Transaction, id, ct);

    private static async Task<SourceRecord?> GetAsync(DbConnection connection, DbTransaction? tx, string id, CancellationToken ct)
    {
        const string Sql = $"SELECT {Columns} FROM sources WHERE id = @id";
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(Sql, new { id }, tx, cancellationToken: ct)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        const string Aliases = $"SELECT {AliasColumns} FROM source_aliases WHERE source_id = @id ORDER BY position";
        var aliases = await connection.QueryAsync<AliasRow>(new CommandDefinition(Aliases, new { id }, tx, cancellationToken: ct)).ConfigureAwait(false);
        return new SourceRecord(row, aliases.AsList());
    }

    /// <summary>One page in id order, with <c>Limit</c> rows at most (the caller asks one more than it shows).</summary>
    public async Task<IReadOnlyList<SourceRecord>> ListAsync(ListQuery query, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        const string Sql = $"SELECT {Columns} FROM sources {ListFilter} ORDER BY id LIMIT @Limit";
        var rows = (await connection.QueryAsync<SourceRow>(new CommandDefinition(Sql, query, cancellationToken: ct)).ConfigureAwait(false)).AsList();
        const string Aliases = $"SELECT {AliasColumns} FROM source_aliases WHERE source_id IN (SELECT id FROM sources {ListFilter} ORDER BY id LIMIT @Limit) ORDER BY source_id, position";
        var aliases = await connection.QueryAsync<AliasRow>(new CommandDefinition(Aliases, query, cancellationToken: ct)).ConfigureAwait(false);
        return Join(rows, aliases);
    }

    /// <summary>Every active source with its aliases, for the resolver.</summary>
    public async Task<IReadOnlyList<SourceRecord>> ListActiveAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct).ConfigureAwait(false);
        const string Sql = $"SELECT {Columns} FROM sources WHERE delete_ms = 0 ORDER BY id";
        var rows = (await connection.QueryAsync<SourceRow>(new CommandDefinition(Sql, cancellationToken: ct)).ConfigureAwait(false)).AsList();
        const string Aliases = $"SELECT {AliasColumns} FROM source_aliases WHERE source_id IN (SELECT id FROM sources WHERE delete_ms = 0) ORDER BY source_id, position";
        var aliases = await connection.QueryAsync<AliasRow>(new CommandDefinition(Aliases, cancellationToken: ct)).ConfigureAwait(false);
        return Join(rows, aliases);
    }

    public static Task SaveAsync(WriteSession session, SourceRow row, CancellationToken ct)
    {
        const string Sql = """
            INSERT INTO sources (id, display_name, kind, country, aligned_party, parent_id, person, prior_grade, description,
                                 create_ms, update_ms, delete_ms, revision, creator, updater)
            VALUES (@Id, @DisplayName, @Kind, @Country, @AlignedParty, @ParentId, @Person, @PriorGrade, @Description,
                    @CreateMs, @UpdateMs, @DeleteMs, @Revision, @Creator, @Updater)
            ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, kind = excluded.kind,
                country = excluded.country, aligned_party = excluded.aligned_party, parent_id = excluded.parent_id,
                person = excluded.person, prior_grade = excluded.prior_grade, description = excluded.description,
                update_ms = excluded.update_ms, delete_ms = excluded.delete_ms, revision = excluded.revision,
                updater = excluded.updater
            """;
        return session.Connection.ExecuteAsync(new CommandDefinition(Sql, row, session.Transaction, cancellationToken: ct));
    }

    public static async Task ReplaceAliasesAsync(WriteSession session, string id, IReadOnlyList<AliasRow> aliases, CancellationToken ct)
    {
        const string Delete = "DELETE FROM source_aliases WHERE source_id = @id";
        await session.Connection.ExecuteAsync(new CommandDefinition(Delete, new { id }, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
        const string Insert = "INSERT INTO source_aliases (source_id, position, name, language) VALUES (@SourceId, @Position, @Name, @Language)";
        await session.Connection.ExecuteAsync(new CommandDefinition(Insert, aliases, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    public static async Task ReplaceNamesAsync(WriteSession session, IReadOnlyList<NameOwnerRow> names, string id, CancellationToken ct)
    {
        const string Delete = "DELETE FROM source_names WHERE source_id = @id";
        await session.Connection.ExecuteAsync(new CommandDefinition(Delete, new { id }, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
        const string Insert = "INSERT INTO source_names (name_key, source_id, is_alias) VALUES (@NameKey, @SourceId, @IsAlias)";
        await session.Connection.ExecuteAsync(new CommandDefinition(Insert, names, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Other sources holding a normalized name.</summary>
    public static async Task<IReadOnlyList<NameOwnerRow>> FindNameOwnersAsync(WriteSession session, string key, string exceptId, CancellationToken ct)
    {
        const string Sql = "SELECT name_key AS NameKey, source_id AS SourceId, is_alias AS IsAlias FROM source_names WHERE name_key = @key AND source_id <> @exceptId ORDER BY source_id";
        var rows = await session.Connection.QueryAsync<NameOwnerRow>(new CommandDefinition(Sql, new { key, exceptId }, session.Transaction, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>The parent id of a source; null when the source does not exist.</summary>
    public static Task<string?> GetParentIdAsync(WriteSession session, string id, CancellationToken ct)
    {
        const string Sql = "SELECT parent_id FROM sources WHERE id = @id";
        return session.Connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(Sql, new { id }, session.Transaction, cancellationToken: ct));
    }

    private static List<SourceRecord> Join(List<SourceRow> rows, IEnumerable<AliasRow> aliases)
    {
        var byId = aliases.GroupBy(a => a.SourceId).ToDictionary(g => g.Key, g => (IReadOnlyList<AliasRow>)[.. g]);
        return [.. rows.Select(r => new SourceRecord(r, byId.GetValueOrDefault(r.Id, [])))];
    }
}
