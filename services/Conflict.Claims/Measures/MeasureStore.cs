using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Claims.Measures;

/// <summary>SQL for the measure catalog.</summary>
internal sealed class MeasureStore(IDbConnectionFactory db)
{
    private const string Columns = """
        id AS Id, unit AS Unit, kind AS Kind, display_names AS DisplayNames, trigger_words AS TriggerWords,
        unit_aliases AS UnitAliases, min_value AS MinValue, max_value AS MaxValue, description AS Description,
        create_ms AS CreateMs, update_ms AS UpdateMs, etag AS Etag, creator AS Creator, updater AS Updater,
        counted_nouns AS CountedNouns, noun_required AS NounRequired, noun_alone AS NounAlone, party_role AS PartyRole
        """;

    public async Task<MeasureRow?> GetAsync(string id, CancellationToken ct)
    {
        const string Sql = "SELECT " + Columns + " FROM measures WHERE id = @id";
        await using var conn = await db.OpenAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(Sql, new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<MeasureRow>> ListAsync(string after, int limit, CancellationToken ct)
    {
        const string Sql = "SELECT " + Columns + " FROM measures WHERE id > @after ORDER BY id LIMIT @limit";
        await using var conn = await db.OpenAsync(ct);
        return [.. await conn.QueryAsync<MeasureRow>(new CommandDefinition(Sql, new { after, limit }, cancellationToken: ct))];
    }

    /// <summary>Inserts the measure; false when its id is taken.</summary>
    public async Task<bool> InsertAsync(MeasureRow row, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(InsertSql, row, cancellationToken: ct)) == 1;
    }

    /// <summary>Adds the shipped measures that are missing. Of those already stored, only system-made rows stored
    /// before measures had a grammar receive the shipped grammar (once: the etag changes); nothing else is touched.</summary>
    public async Task<int> SeedAsync(IEnumerable<MeasureRow> rows, CancellationToken ct)
    {
        const string Upgrade = """
            UPDATE measures SET counted_nouns = @CountedNouns, noun_required = @NounRequired, noun_alone = @NounAlone,
                party_role = @PartyRole, etag = @Etag
            WHERE id = @Id AND updater = @Updater AND counted_nouns = '{}' AND party_role = 'none'
                AND (@CountedNouns <> '{}' OR @PartyRole <> 'none')
            """;
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var added = 0;
        foreach (var row in rows)
        {
            added += await conn.ExecuteAsync(new CommandDefinition(InsertSql, row, tx, cancellationToken: ct));
            await conn.ExecuteAsync(new CommandDefinition(Upgrade, row, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        return added;
    }

    /// <summary>Replaces the measure when its etag is still <paramref name="expectedEtag"/>; false otherwise.</summary>
    public async Task<bool> UpdateAsync(MeasureRow row, string expectedEtag, CancellationToken ct)
    {
        const string Sql = """
            UPDATE measures SET unit = @Unit, kind = @Kind, display_names = @DisplayNames, trigger_words = @TriggerWords,
                unit_aliases = @UnitAliases, min_value = @MinValue, max_value = @MaxValue, description = @Description,
                update_ms = @UpdateMs, etag = @Etag, updater = @Updater, counted_nouns = @CountedNouns,
                noun_required = @NounRequired, noun_alone = @NounAlone, party_role = @PartyRole
            WHERE id = @Id AND etag = @expectedEtag
            """;
        await using var conn = await db.OpenAsync(ct);
        var args = new DynamicParameters(row);
        args.Add("expectedEtag", expectedEtag);
        return await conn.ExecuteAsync(new CommandDefinition(Sql, args, cancellationToken: ct)) == 1;
    }

    /// <summary>True when at least one claim uses the measure (its unit and kind are then fixed).</summary>
    public async Task<bool> IsUsedAsync(string id, CancellationToken ct)
    {
        const string Sql = "SELECT COUNT(*) FROM (SELECT 1 FROM claims WHERE measure_id = @id LIMIT 1) used";
        await using var conn = await db.OpenAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition(Sql, new { id }, cancellationToken: ct)) > 0;
    }

    public async Task<IReadOnlyList<MeasureRow>> AllAsync(CancellationToken ct)
    {
        const string Sql = "SELECT " + Columns + " FROM measures ORDER BY id";
        await using var conn = await db.OpenAsync(ct);
        return [.. await conn.QueryAsync<MeasureRow>(new CommandDefinition(Sql, cancellationToken: ct))];
    }

    private const string InsertSql = """
        INSERT INTO measures (id, unit, kind, display_names, trigger_words, unit_aliases, min_value, max_value,
            description, create_ms, update_ms, etag, creator, updater, counted_nouns, noun_required, noun_alone, party_role)
        VALUES (@Id, @Unit, @Kind, @DisplayNames, @TriggerWords, @UnitAliases, @MinValue, @MaxValue,
            @Description, @CreateMs, @UpdateMs, @Etag, @Creator, @Updater, @CountedNouns, @NounRequired, @NounAlone, @PartyRole)
        ON CONFLICT (id) DO NOTHING
        """;
}
