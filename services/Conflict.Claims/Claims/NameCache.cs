namespace Conflict.Claims.Claims;

/// <summary>
/// Answers of the Sources service remembered for one batch (or one import stream), so that a name repeated by a
/// thousand claims costs one lookup. Bounded: an import of many distinct names starts afresh when it fills up.
/// </summary>
internal sealed class NameCache
{
    private const int MaxEntries = 100_000;

    public Dictionary<string, bool> Existing { get; } = new(StringComparer.Ordinal);

    public Dictionary<NameQuery, string> Resolved { get; } = [];

    public void TrimIfFull()
    {
        if (Existing.Count + Resolved.Count > MaxEntries)
        {
            Existing.Clear();
            Resolved.Clear();
        }
    }
}
