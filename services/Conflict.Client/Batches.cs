namespace Conflict.Client;

/// <summary>
/// Bulk streams (ImportClaims, ImportSources, FuseClaims) carry their items in batches: one message per item costs
/// a frame and a flush each, which dominated a bulk import. Clients fill batches up to <see cref="MaxItems"/>;
/// servers refuse larger ones.
/// </summary>
public static class Batches
{
    /// <summary>The most items one stream message may carry.</summary>
    public const int MaxItems = 1000;

    /// <summary>Splits a sequence into lists of at most <see cref="MaxItems"/> items, in order.</summary>
    public static IEnumerable<T[]> Of<T>(IEnumerable<T> items, int size = MaxItems) => items.Chunk(size);
}
