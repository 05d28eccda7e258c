using Conflict.ServiceDefaults.Storage;
using Conflict.Sources.Feed;
using Conflict.Sources.V1;

namespace Conflict.Sources.Writes;

/// <summary>
/// Every change to sources: one transaction per call, holding the feed lock from its first statement, with the
/// feed entry written in the same transaction; streams are woken after commit. Nothing is written on failure.
/// Each takes the principal the change is recorded under: the creator of a new source, the updater of any change.
/// </summary>
internal sealed class SourceWrites(SourceStore store, ChangeSignal notifier, TimeProvider clock)
{
    public async Task<WriteResult> CreateAsync(string id, SourceDraft draft, string principal, CancellationToken ct)
    {
        await using var session = await BeginAsync(ct).ConfigureAwait(false);
        var result = await CreateInAsync(session, id, draft, principal, ct).ConfigureAwait(false);
        return await CommitIfOkAsync(session, result, ct).ConfigureAwait(false);
    }

    public async Task<WriteResult> UpdateAsync(string id, string etag, Func<SourceRecord, UpdatePlan> plan, string principal, CancellationToken ct)
    {
        await using var session = await BeginAsync(ct).ConfigureAwait(false);
        var current = await SourceStore.GetAsync(session, id, ct).ConfigureAwait(false);
        var refusal = Refuse(current, id, etag, wantDeleted: false);
        if (refusal is not null)
        {
            return refusal;
        }
        var (draft, problems) = plan(current!);
        if (draft is null)
        {
            return WriteResult.Invalid(problems);
        }
        var checkFailure = await SourceChecks.CheckAsync(session, id, draft, ct).ConfigureAwait(false);
        if (checkFailure is not null)
        {
            return checkFailure;
        }
        var sequence = await ChangeStore.NextSequenceAsync(session, ct).ConfigureAwait(false);
        var row = ToRow(id, draft, Now(), sequence, principal) with { CreateMs = current!.Row.CreateMs, Creator = current.Row.Creator };
        var result = await SaveAsync(session, row, draft, ChangeType.Updated, ct).ConfigureAwait(false);
        return await CommitIfOkAsync(session, result, ct).ConfigureAwait(false);
    }

    public Task<WriteResult> DeleteAsync(string id, string etag, string principal, CancellationToken ct)
        => ChangeStateAsync(id, etag, wantDeleted: false, ChangeType.Deleted, principal, ct);

    public Task<WriteResult> UndeleteAsync(string id, string principal, CancellationToken ct)
        => ChangeStateAsync(id, "", wantDeleted: true, ChangeType.Undeleted, principal, ct);

    /// <summary>Opens a write transaction that holds the feed lock until it ends.</summary>
    public async Task<WriteSession> BeginAsync(CancellationToken ct)
    {
        var session = await store.BeginWriteAsync(ct).ConfigureAwait(false);
        try
        {
            await ChangeStore.LockAsync(session, ct).ConfigureAwait(false);
            return session;
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates a source inside an open session (shared by Create and Import); does not commit.</summary>
    public async Task<WriteResult> CreateInAsync(WriteSession session, string id, SourceDraft draft, string principal, CancellationToken ct)
    {
        if (await SourceStore.GetAsync(session, id, ct).ConfigureAwait(false) is not null)
        {
            return WriteResult.Fail(WriteStatus.IdTaken, $"Source sources/{id} already exists.") with { OtherSources = [id] };
        }
        var checkFailure = await SourceChecks.CheckAsync(session, id, draft, ct).ConfigureAwait(false);
        if (checkFailure is not null)
        {
            return checkFailure;
        }
        var sequence = await ChangeStore.NextSequenceAsync(session, ct).ConfigureAwait(false);
        return await SaveAsync(session, ToRow(id, draft, Now(), sequence, principal), draft, ChangeType.Created, ct).ConfigureAwait(false);
    }

    /// <summary>Commits when the result is a success and wakes the feed streams.</summary>
    public async Task<WriteResult> CommitIfOkAsync(WriteSession session, WriteResult result, CancellationToken ct)
    {
        if (result.Status != WriteStatus.Ok)
        {
            return result;
        }
        await session.CommitAsync(ct).ConfigureAwait(false);
        notifier.Notify();
        return result;
    }

    private async Task<WriteResult> ChangeStateAsync(string id, string etag, bool wantDeleted, ChangeType type, string principal, CancellationToken ct)
    {
        await using var session = await BeginAsync(ct).ConfigureAwait(false);
        var current = await SourceStore.GetAsync(session, id, ct).ConfigureAwait(false);
        var refusal = Refuse(current, id, etag, wantDeleted);
        if (refusal is not null)
        {
            return refusal;
        }
        var sequence = await ChangeStore.NextSequenceAsync(session, ct).ConfigureAwait(false);
        var now = Now();
        var row = current!.Row with { DeleteMs = wantDeleted ? 0 : now, UpdateMs = now, Updater = principal, Revision = sequence };
        var record = new SourceRecord(row, current.Aliases);
        await SourceStore.SaveAsync(session, row, ct).ConfigureAwait(false);
        await AppendAsync(session, record, type, ct).ConfigureAwait(false);
        return await CommitIfOkAsync(session, WriteResult.Ok(record), ct).ConfigureAwait(false);
    }

    private static WriteResult? Refuse(SourceRecord? current, string id, string etag, bool wantDeleted)
    {
        if (current is null)
        {
            return WriteResult.Fail(WriteStatus.NotFound, $"Source sources/{id} does not exist.");
        }
        if (etag.Length > 0 && etag != SourceMapping.Etag(current.Row))
        {
            return WriteResult.Fail(WriteStatus.EtagMismatch, $"Source sources/{id} has changed since etag {etag} was read.");
        }
        if (current.IsDeleted != wantDeleted)
        {
            return WriteResult.Fail(WriteStatus.WrongState, wantDeleted
                ? $"Source sources/{id} is not deleted."
                : $"Source sources/{id} is deleted; undelete it first.");
        }
        return null;
    }

    private static async Task<WriteResult> SaveAsync(WriteSession session, SourceRow row, SourceDraft draft, ChangeType type, CancellationToken ct)
    {
        var aliases = draft.Aliases.Select((a, i) => new AliasRow { SourceId = row.Id, Position = i, Name = a.Name, Language = a.Language }).ToList();
        var record = new SourceRecord(row, aliases);
        await SourceStore.SaveAsync(session, row, ct).ConfigureAwait(false);
        await SourceStore.ReplaceAliasesAsync(session, row.Id, aliases, ct).ConfigureAwait(false);
        await SourceStore.ReplaceNamesAsync(session, SourceChecks.NamesOf(row.Id, draft), row.Id, ct).ConfigureAwait(false);
        await AppendAsync(session, record, type, ct).ConfigureAwait(false);
        return WriteResult.Ok(record);
    }

    private static Task AppendAsync(WriteSession session, SourceRecord record, ChangeType type, CancellationToken ct)
        => ChangeStore.AppendAsync(session, new ChangeRow
        {
            Sequence = record.Row.Revision,
            SourceId = record.Id,
            ChangeType = (long)type,
            ChangeMs = record.Row.UpdateMs,
            Snapshot = SourceMapping.ToJson(record),
        }, ct);

    /// <summary>A new source's row: created and last changed now, by <paramref name="principal"/>.</summary>
    private static SourceRow ToRow(string id, SourceDraft draft, long now, long sequence, string principal) => new()
    {
        Id = id,
        DisplayName = draft.DisplayName,
        Kind = draft.Kind,
        Country = draft.Country,
        AlignedParty = draft.AlignedParty,
        ParentId = draft.ParentId,
        Person = draft.Person ? 1 : 0,
        PriorGrade = draft.PriorGrade,
        Description = draft.Description,
        CreateMs = now,
        UpdateMs = now,
        DeleteMs = 0,
        Revision = sequence,
        Creator = principal,
        Updater = principal,
    };

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
