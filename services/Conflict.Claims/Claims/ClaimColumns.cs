namespace Conflict.Claims.Claims;

/// <summary>The select list that reads a <see cref="ClaimRow"/> from <c>claims c LEFT JOIN claim_status s</c>.</summary>
internal static class ClaimColumns
{
    public const string Select = """
        c.id AS Id, c.claimant AS Claimant, c.claimant_text AS ClaimantText, c.claimant_unresolved AS ClaimantUnresolved,
        c.reporter AS Reporter, c.reporter_text AS ReporterText, c.document_id AS DocumentId, c.quote AS Quote,
        c.quote_start AS QuoteStart, c.quote_end AS QuoteEnd, c.measure_id AS MeasureId, c.party AS Party, c.place AS Place,
        c.variable AS Variable, c.qualifier AS Qualifier, c.low AS Low, c.high AS High, c.point AS Point, c.unit AS Unit,
        c.value_text AS ValueText, c.norm_low AS NormLow, c.norm_high AS NormHigh, c.norm_point AS NormPoint,
        c.norm_unit AS NormUnit, c.subject AS Subject, c.category AS Category, c.as_of_start_ms AS AsOfStartMs,
        c.as_of_end_ms AS AsOfEndMs, c.statement_ms AS StatementMs, c.origin AS Origin, c.extractor_version AS ExtractorVersion,
        c.confidence AS Confidence, c.supersedes AS Supersedes, c.statement_key AS StatementKey, c.create_ms AS CreateMs,
        COALESCE(s.state, 1) AS State, COALESCE(s.superseded_by, '') AS SupersededBy,
        c.creator AS Creator, COALESCE(s.updater, c.creator) AS Updater
        """;

    public const string From = " FROM claims c LEFT JOIN claim_status s ON s.claim_id = c.id";
}
