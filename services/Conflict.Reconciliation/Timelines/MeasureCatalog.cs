using System.Collections.Concurrent;
using Conflict.Claims.V1;
using Conflict.ServiceDefaults.Storage;
using Dapper;
using Grpc.Core;

namespace Conflict.Reconciliation.Timelines;

/// <summary>
/// The unit and kind (level, cumulative, flow) of each measure, which decide how a timeline may move. Read from
/// the Claims service the first time a measure appears, then kept in the projection.
/// </summary>
internal sealed class MeasureCatalog(IDbConnectionFactory db, ClaimsService.ClaimsServiceClient claims)
{
    private readonly ConcurrentDictionary<string, MeasureInfo> _known = new(StringComparer.Ordinal);

    internal sealed record MeasureInfo(string Id, string Unit, MeasureKind Kind);

    private sealed record MeasureRow
    {
        public required string Id { get; init; }
        public string Unit { get; init; } = "";
        public int Kind { get; init; }
    }

    public MeasureInfo Get(string measure) =>
        _known.TryGetValue(measure, out var info) ? info : new MeasureInfo(measure, "", MeasureKind.Level);

    /// <summary>
    /// Makes sure the measures of <paramref name="variables"/> are known in this process from the projection's table,
    /// which the coordinator fills: a replica that is not the coordinator, or a restarted one, has not seen them come
    /// through the feed.
    /// </summary>
    public async Task LoadForAsync(IEnumerable<string> variables, CancellationToken ct)
    {
        if (variables.All(v => _known.ContainsKey("measures/" + EngineInputs.MeasureOf(v))))
        {
            return;
        }
        await using var conn = await db.OpenAsync(ct);
        const string Select = "SELECT id AS Id, unit AS Unit, kind AS Kind FROM measures";
        foreach (var row in await conn.QueryAsync<MeasureRow>(new CommandDefinition(Select, cancellationToken: ct)))
        {
            _known[row.Id] = new MeasureInfo(row.Id, row.Unit, (MeasureKind)row.Kind);
        }
    }

    public async Task EnsureKnownAsync(string measure, CancellationToken ct)
    {
        if (_known.ContainsKey(measure))
        {
            return;
        }
        await using var conn = await db.OpenAsync(ct);
        const string Select = "SELECT id AS Id, unit AS Unit, kind AS Kind FROM measures WHERE id = @measure";
        var row = await conn.QuerySingleOrDefaultAsync<MeasureRow>(new CommandDefinition(Select, new { measure }, cancellationToken: ct));
        if (row is null)
        {
            var fetched = await claims.GetMeasureAsync(new GetMeasureRequest { Name = measure }, new CallOptions(cancellationToken: ct));
            row = new MeasureRow { Id = measure, Unit = fetched.Unit, Kind = (int)fetched.Kind };
            const string Insert = "INSERT INTO measures (id, unit, kind) VALUES (@Id, @Unit, @Kind) ON CONFLICT (id) DO NOTHING";
            await conn.ExecuteAsync(new CommandDefinition(Insert, row, cancellationToken: ct));
        }
        _known[measure] = new MeasureInfo(measure, row.Unit, (MeasureKind)row.Kind);
    }
}
