using Conflict.Sources.Writes;

namespace Conflict.Sources.Import;

/// <summary>
/// Creates many sources in one transaction, skipping items whose import key was already applied, so that a
/// repeated import (after a crash or a retry) changes nothing. Any failure rolls the whole import back. The sources
/// it creates are recorded as created by the importing principal.
/// </summary>
internal sealed class SourceImporter(SourceWrites writes, TimeProvider clock)
{
    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<ImportItem> items, string principal, CancellationToken ct)
    {
        await using var session = await writes.BeginAsync(ct).ConfigureAwait(false);
        var ids = new List<string>(items.Count);
        var created = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var existing = await ImportStore.FindAsync(session, item.ImportKey, ct).ConfigureAwait(false);
            if (existing is not null)
            {
                ids.Add(existing);
                continue;
            }
            var result = await writes.CreateInAsync(session, item.SourceId, item.Draft, principal, ct).ConfigureAwait(false);
            if (result.Status != WriteStatus.Ok)
            {
                return new ImportOutcome(0, 0, [], result.Under($"items[{i}].") with { Message = $"Item {i} ({item.ImportKey}): {result.Message}" });
            }
            await ImportStore.AddAsync(session, item.ImportKey, item.SourceId, clock.GetUtcNow().ToUnixTimeMilliseconds(), ct).ConfigureAwait(false);
            ids.Add(item.SourceId);
            created++;
        }
        await writes.CommitIfOkAsync(session, WriteResult.Fail(WriteStatus.Ok, ""), ct).ConfigureAwait(false);
        return new ImportOutcome(created, items.Count - created, ids, null);
    }
}
