namespace Conflict.Reconciliation.Engine;

/// <summary>One active claim about one variable, as the engine needs it.</summary>
public sealed record ClaimInput
{
    /// <summary>The claim's identifier (the service's resource name), echoed in every output.</summary>
    public required string Id { get; init; }

    /// <summary>Who asserted the figure: the witness whose reliability is learned (never the relaying outlet).</summary>
    public required string Claimant { get; init; }

    /// <summary>The party the claimant is aligned with (`ua`, `ru`), or null for independent sources.</summary>
    public string? Alignment { get; init; }

    /// <summary>The claimant's kind (military, news_agency, ...); informational.</summary>
    public string? ClaimantKind { get; init; }

    /// <summary>The outlet that relayed the claim, if any; relays add no evidence.</summary>
    public string? Reporter { get; init; }

    /// <summary>Identifies the original statement: claims sharing a key are one piece of evidence. Null means unique.</summary>
    public string? StatementKey { get; init; }

    /// <summary>First day the claim is about.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day the claim is about; null or equal to <see cref="From"/> for a single day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The stated quantity (numeric variables).</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The stated category (categorical variables), e.g. "ru".</summary>
    public string? Category { get; init; }

    /// <summary>The last day covered.</summary>
    public DateOnly End => To is { } to && to > From ? to : From;
}
