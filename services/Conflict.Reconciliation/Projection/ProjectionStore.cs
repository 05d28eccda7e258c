using System.Data.Common;
using Conflict.Claims.V1;
using Conflict.Reconciliation.Replicas;
using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.V1;
using Dapper;

namespace Conflict.Reconciliation.Projection;

/// <summary>
/// The projection of the Claims and Sources feeds. Each batch of changes is applied together with the feed's
/// cursor and the dirty marks of the variables it touches in one transaction, under the coordinator's lease, and
/// changes at or below the stored cursor are skipped, so a restart of either side, or a new coordinator, neither
/// misses nor double-counts a change.
/// </summary>
internal sealed class ProjectionStore(IDbConnectionFactory db)
{
    public const string ClaimsFeed = "claims";
    public const string SourcesFeed = "sources";

    public async Task<long> GetCursorAsync(string feed, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "SELECT sequence FROM feed_cursors WHERE feed = @feed";
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(Sql, new { feed }, cancellationToken: ct)) ?? 0;
    }

    /// <summary>Applies claim changes; returns the variables they touch.</summary>
    public async Task<IReadOnlySet<string>> ApplyClaimChangesAsync(IReadOnlyList<WatchClaimsResponse> changes, Lease coordinator, CancellationToken ct)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LeaseStore.FenceAsync(conn, tx, coordinator, ct);
        var cursor = await ReadCursorAsync(conn, tx, ClaimsFeed, ct);
        foreach (var change in changes.Where(c => c.Sequence > cursor))
        {
            var row = ProjectionMapping.ToRow(change.Claim);
            await conn.ExecuteAsync(new CommandDefinition(UpsertClaim, row, tx, cancellationToken: ct));
            touched.Add(row.Variable);
            cursor = change.Sequence;
        }
        await WriteCursorAsync(conn, tx, ClaimsFeed, cursor, ct);
        await WorkStore.MarkDirtyAsync(conn, tx, touched, ct);
        await tx.CommitAsync(ct);
        return touched;
    }

    /// <summary>
    /// Applies source changes; a change of a source's alignment or parent changes how its claims are weighed, so the
    /// variables it spoke about are marked dirty.
    /// </summary>
    public async Task ApplySourceChangesAsync(IReadOnlyList<WatchSourcesResponse> changes, Lease coordinator, CancellationToken ct)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LeaseStore.FenceAsync(conn, tx, coordinator, ct);
        var cursor = await ReadCursorAsync(conn, tx, SourcesFeed, ct);
        foreach (var change in changes.Where(c => c.Sequence > cursor))
        {
            var row = ProjectionMapping.ToRow(change.Source);
            await conn.ExecuteAsync(new CommandDefinition(UpsertSource, row, tx, cancellationToken: ct));
            touched.Add(row.Id);
            cursor = change.Sequence;
        }
        await WriteCursorAsync(conn, tx, SourcesFeed, cursor, ct);
        var variables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in touched)
        {
            const string Spoken = "SELECT DISTINCT variable FROM claims WHERE claimant = @source";
            variables.UnionWith(await conn.QueryAsync<string>(new CommandDefinition(Spoken, new { source }, tx, cancellationToken: ct)));
        }
        await WorkStore.MarkDirtyAsync(conn, tx, variables, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The active claims about one variable.</summary>
    public async Task<IReadOnlyList<ClaimRow>> LoadActiveClaimsAsync(string variable, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = $"SELECT {ClaimColumns} FROM claims WHERE variable = @variable AND state = 1 ORDER BY id";
        return (await conn.QueryAsync<ClaimRow>(new CommandDefinition(Sql, new { variable }, cancellationToken: ct))).AsList();
    }

    /// <summary>Every active claim, streamed in variable order, for a full re-learning pass.</summary>
    public async IAsyncEnumerable<ClaimRow> StreamActiveClaimsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = $"SELECT {ClaimColumns} FROM claims WHERE state = 1 ORDER BY variable, id";
        await using var reader = await conn.ExecuteReaderAsync(new CommandDefinition(Sql, cancellationToken: ct, flags: CommandFlags.None));
        var parse = reader.GetRowParser<ClaimRow>();
        while (await reader.ReadAsync(ct))
        {
            yield return parse(reader);
        }
    }

    public async Task<IReadOnlyDictionary<string, SourceRow>> LoadSourcesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "SELECT id AS Id, display_name AS DisplayName, kind AS Kind, aligned_party AS AlignedParty, parent AS Parent, deleted AS Deleted FROM sources";
        var rows = await conn.QueryAsync<SourceRow>(new CommandDefinition(Sql, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Every variable the projection holds claims about, active or not, in name order.</summary>
    public async Task<IReadOnlyList<string>> ListVariablesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        const string Sql = "SELECT DISTINCT variable FROM claims ORDER BY variable";
        return (await conn.QueryAsync<string>(new CommandDefinition(Sql, cancellationToken: ct))).AsList();
    }

    private static async Task<long> ReadCursorAsync(DbConnection conn, DbTransaction tx, string feed, CancellationToken ct) =>
        await conn.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT sequence FROM feed_cursors WHERE feed = @feed", new { feed }, tx, cancellationToken: ct)) ?? 0;

    private static Task<int> WriteCursorAsync(DbConnection conn, DbTransaction tx, string feed, long sequence, CancellationToken ct)
    {
        const string Sql = "INSERT INTO feed_cursors (feed, sequence) VALUES (@feed, @sequence) ON CONFLICT (feed) DO UPDATE SET sequence = excluded.sequence";
        return conn.ExecuteAsync(new CommandDefinition(Sql, new { feed, sequence }, tx, cancellationToken: ct));
    }

    internal const string ClaimColumns = """
        id AS Id, variable AS Variable, measure AS Measure, claimant AS Claimant, claimant_text AS ClaimantText,
        reporter AS Reporter, reporter_text AS ReporterText, statement_key AS StatementKey, as_of_start AS AsOfStart,
        as_of_end AS AsOfEnd, qualifier AS Qualifier, low AS Low, high AS High, point AS Point, unit AS Unit,
        value_text AS ValueText, subject AS Subject, category AS Category, quote AS Quote, state AS State
        """;

    private const string UpsertClaim = """
        INSERT INTO claims (id, variable, measure, claimant, claimant_text, reporter, reporter_text, statement_key,
            as_of_start, as_of_end, qualifier, low, high, point, unit, value_text, subject, category, quote, state)
        VALUES (@Id, @Variable, @Measure, @Claimant, @ClaimantText, @Reporter, @ReporterText, @StatementKey,
            @AsOfStart, @AsOfEnd, @Qualifier, @Low, @High, @Point, @Unit, @ValueText, @Subject, @Category, @Quote, @State)
        ON CONFLICT (id) DO UPDATE SET state = excluded.state
        """;

    private const string UpsertSource = """
        INSERT INTO sources (id, display_name, kind, aligned_party, parent, deleted)
        VALUES (@Id, @DisplayName, @Kind, @AlignedParty, @Parent, @Deleted)
        ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, kind = excluded.kind,
            aligned_party = excluded.aligned_party, parent = excluded.parent, deleted = excluded.deleted
        """;
}
