namespace Conflict.Claims.Claims;

/// <summary>
/// A row of <c>claims</c> (never updated), with the state read from <c>claim_status</c> when it is read back.
/// Values are as stated (<c>Low</c>, <c>High</c>, <c>Point</c>, <c>Unit</c>) and in the measure's unit (<c>Norm*</c>).
/// </summary>
internal sealed record ClaimRow
{
    public required string Id { get; init; }

    /// <summary>The caller's request id that created the claim, or null; unique.</summary>
    public string? RequestId { get; init; }
    public string Claimant { get; init; } = "";
    public string ClaimantText { get; init; } = "";
    public bool ClaimantUnresolved { get; init; }
    public string Reporter { get; init; } = "";
    public string ReporterText { get; init; } = "";
    public string DocumentId { get; init; } = "";
    public string Quote { get; init; } = "";
    public int QuoteStart { get; init; }
    public int QuoteEnd { get; init; }
    public required string MeasureId { get; init; }
    public string Party { get; init; } = "";
    public string Place { get; init; } = "";
    public required string Variable { get; init; }
    public int Qualifier { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public double? Point { get; init; }
    public string Unit { get; init; } = "";
    public string ValueText { get; init; } = "";
    public double? NormLow { get; init; }
    public double? NormHigh { get; init; }
    public double? NormPoint { get; init; }
    public string NormUnit { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Category { get; init; } = "";
    public long AsOfStartMs { get; init; }
    public long AsOfEndMs { get; init; }
    public long? StatementMs { get; init; }
    public int Origin { get; init; }
    public string ExtractorVersion { get; init; } = "";
    public double Confidence { get; init; } = 1;
    public string Supersedes { get; init; } = "";
    public required string StatementKey { get; init; }
    public long CreateMs { get; init; }

    /// <summary>The principal that recorded the claim; '' for claims stored before principals were recorded.</summary>
    public string Creator { get; init; } = "";

    /// <summary>
    /// Read side only (not a column of <c>claims</c>): the principal that changed the claim's state, from
    /// <c>claim_status</c>, or the creator while it is active. A new row carries its creator here.
    /// </summary>
    public string Updater { get; init; } = "";

    /// <summary>Read side only: the state from <c>claim_status</c> (active when it has no row).</summary>
    public int State { get; init; } = 1;

    /// <summary>Read side only: the claim that superseded this one.</summary>
    public string SupersededBy { get; init; } = "";
}
