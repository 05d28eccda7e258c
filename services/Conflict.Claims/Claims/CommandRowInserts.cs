using System.Data;
using System.Data.Common;

namespace Conflict.Claims.Claims;

/// <summary>The per-claim inserts as prepared ADO.NET commands (PostgreSQL).</summary>
internal sealed class CommandRowInserts(DbConnection connection) : IRowInserts
{
    private readonly PreparedCommand _claim = new(connection, ClaimInsertSql.Text,
        ("@id", DbType.String), ("@request_id", DbType.String), ("@claimant", DbType.String), ("@claimant_text", DbType.String),
        ("@claimant_unresolved", DbType.Int32), ("@reporter", DbType.String), ("@reporter_text", DbType.String), ("@document_id", DbType.String),
        ("@quote", DbType.String), ("@quote_start", DbType.Int32), ("@quote_end", DbType.Int32), ("@measure_id", DbType.String),
        ("@party", DbType.String), ("@place", DbType.String), ("@variable", DbType.String), ("@qualifier", DbType.Int32),
        ("@low", DbType.Double), ("@high", DbType.Double), ("@point", DbType.Double), ("@unit", DbType.String), ("@value_text", DbType.String),
        ("@norm_low", DbType.Double), ("@norm_high", DbType.Double), ("@norm_point", DbType.Double), ("@norm_unit", DbType.String),
        ("@subject", DbType.String), ("@category", DbType.String), ("@as_of_start_ms", DbType.Int64), ("@as_of_end_ms", DbType.Int64),
        ("@statement_ms", DbType.Int64), ("@origin", DbType.Int32), ("@extractor_version", DbType.String), ("@confidence", DbType.Double),
        ("@supersedes", DbType.String), ("@statement_key", DbType.String), ("@create_ms", DbType.Int64), ("@creator", DbType.String));

    private readonly PreparedCommand _change = new(connection, ClaimInsertSql.Change,
        ("@seq", DbType.Int64), ("@claim", DbType.String), ("@type", DbType.Int32), ("@ms", DbType.Int64));

    public Task<int> InsertClaimAsync(ClaimRow r, DbTransaction tx, CancellationToken ct) => _claim
        .Set(0, r.Id).Set(1, r.RequestId).Set(2, r.Claimant).Set(3, r.ClaimantText).Set(4, r.ClaimantUnresolved ? 1 : 0)
        .Set(5, r.Reporter).Set(6, r.ReporterText).Set(7, r.DocumentId).Set(8, r.Quote).Set(9, r.QuoteStart)
        .Set(10, r.QuoteEnd).Set(11, r.MeasureId).Set(12, r.Party).Set(13, r.Place).Set(14, r.Variable)
        .Set(15, r.Qualifier).Set(16, r.Low).Set(17, r.High).Set(18, r.Point).Set(19, r.Unit).Set(20, r.ValueText)
        .Set(21, r.NormLow).Set(22, r.NormHigh).Set(23, r.NormPoint).Set(24, r.NormUnit).Set(25, r.Subject)
        .Set(26, r.Category).Set(27, r.AsOfStartMs).Set(28, r.AsOfEndMs).Set(29, r.StatementMs).Set(30, r.Origin)
        .Set(31, r.ExtractorVersion).Set(32, r.Confidence).Set(33, r.Supersedes).Set(34, r.StatementKey).Set(35, r.CreateMs)
        .Set(36, r.Creator).ExecuteAsync(tx, ct);

    public Task InsertChangeAsync(long sequence, string claimId, int changeType, long changeMs, DbTransaction tx, CancellationToken ct)
        => _change.Set(0, sequence).Set(1, claimId).Set(2, changeType).Set(3, changeMs).ExecuteAsync(tx, ct);

    public async ValueTask DisposeAsync()
    {
        await _claim.DisposeAsync();
        await _change.DisposeAsync();
    }
}
