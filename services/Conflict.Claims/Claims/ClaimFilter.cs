using System.Globalization;

namespace Conflict.Claims.Claims;

/// <summary>The filters of ListClaims, as database values; null means "any".</summary>
internal sealed record ClaimFilter
{
    public string? Variable { get; init; }
    public string? Claimant { get; init; }
    public string? Reporter { get; init; }
    public string? DocumentId { get; init; }
    public string? MeasureId { get; init; }
    public long? AsOfFromMs { get; init; }
    public long? AsOfToMs { get; init; }

    /// <summary>0 for every state.</summary>
    public int State { get; init; }

    /// <summary>A stable text of the filter that page tokens are bound to.</summary>
    public string Key => string.Join('\u001f', Variable, Claimant, Reporter, DocumentId, MeasureId,
        AsOfFromMs?.ToString(CultureInfo.InvariantCulture), AsOfToMs?.ToString(CultureInfo.InvariantCulture), State.ToString(CultureInfo.InvariantCulture));
}
