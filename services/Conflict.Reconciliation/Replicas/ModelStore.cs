using System.Text.Json;
using System.Text.Json.Serialization;
using Conflict.Reconciliation.Engine;
using Conflict.ServiceDefaults.Storage;
using Dapper;

namespace Conflict.Reconciliation.Replicas;

/// <summary>
/// The learned source parameters, stored once per learning pass by the coordinator and read by every replica: the
/// partition owners recompute with them, and any replica computes on-demand reads with them. Each replica keeps the
/// last one it read and reloads it when the stored revision moves.
/// </summary>
internal sealed class ModelStore(IDbConnectionFactory db)
{
    /// <summary>Notified when a new model is stored (the partition owners start recomputing with it).</summary>
    public const string ModelChannel = "conflict_reconciliation_model";

    // Doubles round-trip exactly through System.Text.Json; the named literals keep an infinite variance storable.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private volatile StoredModel _cached = new(0, SourceModel.Empty);

    /// <summary>A model with the revision it was stored under (0: nothing learned yet, the priors).</summary>
    public sealed record StoredModel(long Revision, SourceModel Model);

    public async Task<StoredModel> CurrentAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        var revision = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT revision FROM source_model WHERE id = 1", cancellationToken: ct));
        var cached = _cached;
        if (revision == cached.Revision)
        {
            return cached;
        }
        const string Sql = "SELECT revision, payload FROM source_model WHERE id = 1";
        var (stored, payload) = await conn.QuerySingleAsync<(long, string)>(new CommandDefinition(Sql, cancellationToken: ct));
        var model = payload.Length == 0 ? SourceModel.Empty : JsonSerializer.Deserialize<SourceModel>(payload, Json)!;
        _cached = new StoredModel(stored, model);
        return _cached;
    }

    /// <summary>Stores a learned model and its source assessments in one transaction, under the coordinator's lease.</summary>
    public async Task SaveAsync(Lease coordinator, SourceModel model, long learnedThrough, IReadOnlyList<(string Source, byte[] Payload)> assessments, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await LeaseStore.FenceAsync(conn, tx, coordinator, ct);
        const string Sql = "UPDATE source_model SET revision = revision + 1, learned_through = @learnedThrough, payload = @payload WHERE id = 1";
        await conn.ExecuteAsync(new CommandDefinition(Sql, new { learnedThrough, payload = JsonSerializer.Serialize(model, Json) }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM source_assessments", transaction: tx, cancellationToken: ct));
        const string Insert = "INSERT INTO source_assessments (source, payload) VALUES (@Source, @Payload)";
        await conn.ExecuteAsync(new CommandDefinition(Insert, assessments.Select(a => new { a.Source, a.Payload }), tx, cancellationToken: ct));
        await DatabaseNotifications.NotifyAsync(conn, tx, ModelChannel, "", ct);
        await tx.CommitAsync(ct);
    }
}
