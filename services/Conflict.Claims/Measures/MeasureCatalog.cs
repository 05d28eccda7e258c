using Conflict.Extraction.Catalog;

namespace Conflict.Claims.Measures;

/// <summary>
/// The measure catalog in memory for validation and extraction. Reloaded after every write through this
/// process, and on a miss (at most once a second) so a measure created through another replica is found.
/// </summary>
internal sealed class MeasureCatalog(MeasureStore store)
{
    private volatile IReadOnlyDictionary<string, MeasureDefinition>? _measures;
    private long _loadedTicks;

    public async ValueTask<IReadOnlyDictionary<string, MeasureDefinition>> AllAsync(CancellationToken ct)
        => _measures ?? await ReloadAsync(ct);

    public async ValueTask<MeasureDefinition?> FindAsync(string id, CancellationToken ct)
    {
        var measures = await AllAsync(ct);
        if (measures.TryGetValue(id, out var found))
        {
            return found;
        }
        if (Environment.TickCount64 - Interlocked.Read(ref _loadedTicks) < 1000)
        {
            return null;
        }
        return (await ReloadAsync(ct)).GetValueOrDefault(id);
    }

    public void Invalidate() => _measures = null;

    private async Task<IReadOnlyDictionary<string, MeasureDefinition>> ReloadAsync(CancellationToken ct)
    {
        var rows = await store.AllAsync(ct);
        var measures = rows.Select(MeasureMapping.ToDefinition).ToDictionary(m => m.Id, StringComparer.Ordinal);
        Interlocked.Exchange(ref _loadedTicks, Environment.TickCount64);
        _measures = measures;
        return measures;
    }
}
