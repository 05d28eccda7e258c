namespace Conflict.Claims.Claims;

/// <summary>The INSERTs of the bulk path, shared by both dialects; the VALUES order is the binding order on SQLite.</summary>
internal static class ClaimInsertSql
{
    public const string Text = """
        INSERT INTO claims (id, request_id, claimant, claimant_text, claimant_unresolved, reporter, reporter_text, document_id,
            quote, quote_start, quote_end, measure_id, party, place, variable, qualifier, low, high, point, unit, value_text,
            norm_low, norm_high, norm_point, norm_unit, subject, category, as_of_start_ms, as_of_end_ms, statement_ms,
            origin, extractor_version, confidence, supersedes, statement_key, create_ms, creator)
        VALUES (@id, @request_id, @claimant, @claimant_text, @claimant_unresolved, @reporter, @reporter_text, @document_id,
            @quote, @quote_start, @quote_end, @measure_id, @party, @place, @variable, @qualifier, @low, @high, @point, @unit, @value_text,
            @norm_low, @norm_high, @norm_point, @norm_unit, @subject, @category, @as_of_start_ms, @as_of_end_ms, @statement_ms,
            @origin, @extractor_version, @confidence, @supersedes, @statement_key, @create_ms, @creator)
        ON CONFLICT (request_id) DO NOTHING
        """;

    public const string Change = "INSERT INTO claim_changes (sequence, claim_id, change_type, change_ms) VALUES (@seq, @claim, @type, @ms)";
}
