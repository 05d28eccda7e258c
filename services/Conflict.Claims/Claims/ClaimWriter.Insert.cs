using System.Data;
using System.Data.Common;

namespace Conflict.Claims.Claims;

/// <summary>The prepared INSERT of a claim row.</summary>
internal sealed partial class ClaimWriter
{
    private static PreparedCommand InsertClaimCommand(DbConnection connection) => new(connection, """
        INSERT INTO claims (id, claimant, claimant_text, claimant_unresolved, reporter, reporter_text, document_id, quote,
            quote_start, quote_end, measure_id, party, place, variable, qualifier, low, high, point, unit, value_text,
            norm_low, norm_high, norm_point, norm_unit, subject, category, as_of_start_ms, as_of_end_ms, statement_ms,
            origin, extractor_version, confidence, supersedes, statement_key, create_ms)
        VALUES (@id, @claimant, @claimant_text, @claimant_unresolved, @reporter, @reporter_text, @document_id, @quote,
            @quote_start, @quote_end, @measure_id, @party, @place, @variable, @qualifier, @low, @high, @point, @unit, @value_text,
            @norm_low, @norm_high, @norm_point, @norm_unit, @subject, @category, @as_of_start_ms, @as_of_end_ms, @statement_ms,
            @origin, @extractor_version, @confidence, @supersedes, @statement_key, @create_ms)
        """,
        ("@id", DbType.String), ("@claimant", DbType.String), ("@claimant_text", DbType.String), ("@claimant_unresolved", DbType.Int32),
        ("@reporter", DbType.String), ("@reporter_text", DbType.String), ("@document_id", DbType.String), ("@quote", DbType.String),
        ("@quote_start", DbType.Int32), ("@quote_end", DbType.Int32), ("@measure_id", DbType.String), ("@party", DbType.String),
        ("@place", DbType.String), ("@variable", DbType.String), ("@qualifier", DbType.Int32), ("@low", DbType.Double),
        ("@high", DbType.Double), ("@point", DbType.Double), ("@unit", DbType.String), ("@value_text", DbType.String),
        ("@norm_low", DbType.Double), ("@norm_high", DbType.Double), ("@norm_point", DbType.Double), ("@norm_unit", DbType.String),
        ("@subject", DbType.String), ("@category", DbType.String), ("@as_of_start_ms", DbType.Int64), ("@as_of_end_ms", DbType.Int64),
        ("@statement_ms", DbType.Int64), ("@origin", DbType.Int32), ("@extractor_version", DbType.String), ("@confidence", DbType.Double),
        ("@supersedes", DbType.String), ("@statement_key", DbType.String), ("@create_ms", DbType.Int64));

    private static void SetClaim(PreparedCommand command, ClaimRow row) => command
        .Set(0, row.Id).Set(1, row.Claimant).Set(2, row.ClaimantText).Set(3, row.ClaimantUnresolved ? 1 : 0)
        .Set(4, row.Reporter).Set(5, row.ReporterText).Set(6, row.DocumentId).Set(7, row.Quote)
        .Set(8, row.QuoteStart).Set(9, row.QuoteEnd).Set(10, row.MeasureId).Set(11, row.Party)
        .Set(12, row.Place).Set(13, row.Variable).Set(14, row.Qualifier).Set(15, row.Low)
        .Set(16, row.High).Set(17, row.Point).Set(18, row.Unit).Set(19, row.ValueText)
        .Set(20, row.NormLow).Set(21, row.NormHigh).Set(22, row.NormPoint).Set(23, row.NormUnit)
        .Set(24, row.Subject).Set(25, row.Category).Set(26, row.AsOfStartMs).Set(27, row.AsOfEndMs)
        .Set(28, row.StatementMs).Set(29, row.Origin).Set(30, row.ExtractorVersion).Set(31, row.Confidence)
        .Set(32, row.Supersedes).Set(33, row.StatementKey).Set(34, row.CreateMs);
}
