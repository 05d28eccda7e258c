using Conflict.Sources.Resolution;

namespace Conflict.Sources.Writes;

/// <summary>
/// The checks that need the database, run inside the write transaction: the parent exists and is not the source
/// itself or one of its descendants, and no alias is another source's name (nor the display name another's alias).
/// </summary>
internal static class SourceChecks
{
    /// <summary>Longest parent chain followed; deeper chains are reported as cycles.</summary>
    private const int MaxDepth = 64;

    public static async Task<WriteResult?> CheckAsync(WriteSession session, string id, SourceDraft draft, CancellationToken ct)
    {
        var parentProblem = await CheckParentAsync(session, id, draft.ParentId, ct).ConfigureAwait(false);
        if (parentProblem is not null)
        {
            return WriteResult.Invalid([parentProblem]);
        }
        return await CheckNamesAsync(session, id, draft, ct).ConfigureAwait(false);
    }

    /// <summary>The normalized names a draft holds: the display name and each alias, once each.</summary>
    public static IReadOnlyList<NameOwnerRow> NamesOf(string id, SourceDraft draft)
    {
        var names = new Dictionary<string, long>(StringComparer.Ordinal) { [NameKey.Of(draft.DisplayName)] = 0 };
        foreach (var (name, _) in draft.Aliases)
        {
            names[NameKey.Of(name)] = 1;
        }
        return [.. names.Where(n => n.Key.Length > 0).Select(n => new NameOwnerRow { NameKey = n.Key, SourceId = id, IsAlias = n.Value })];
    }

    private static async Task<FieldProblem?> CheckParentAsync(WriteSession session, string id, string parentId, CancellationToken ct)
    {
        if (parentId.Length == 0)
        {
            return null;
        }
        var current = parentId;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            if (current == id)
            {
                return new FieldProblem("source.parent", $"sources/{parentId} is sources/{id} itself or one of its descendants: a parent cycle.");
            }
            var next = await SourceStore.GetParentIdAsync(session, current, ct).ConfigureAwait(false);
            if (next is null)
            {
                return new FieldProblem("source.parent", $"Parent sources/{current} does not exist.");
            }
            if (next.Length == 0)
            {
                return null;
            }
            current = next;
        }
        return new FieldProblem("source.parent", $"The parent chain of sources/{parentId} is deeper than {MaxDepth}: a cycle.");
    }

    private static async Task<WriteResult?> CheckNamesAsync(WriteSession session, string id, SourceDraft draft, CancellationToken ct)
    {
        var problems = new List<FieldProblem>();
        var others = new SortedSet<string>(StringComparer.Ordinal);
        var displayOwners = await SourceStore.FindNameOwnersAsync(session, NameKey.Of(draft.DisplayName), id, ct).ConfigureAwait(false);
        foreach (var owner in displayOwners.Where(o => o.IsAlias != 0))
        {
            problems.Add(new FieldProblem("source.display_name", $"\"{draft.DisplayName}\" is an alias of sources/{owner.SourceId}."));
            others.Add(owner.SourceId);
        }
        for (var i = 0; i < draft.Aliases.Count; i++)
        {
            var name = draft.Aliases[i].Name;
            foreach (var owner in await SourceStore.FindNameOwnersAsync(session, NameKey.Of(name), id, ct).ConfigureAwait(false))
            {
                problems.Add(new FieldProblem($"source.aliases[{i}].name", $"\"{name}\" is already a name of sources/{owner.SourceId}."));
                others.Add(owner.SourceId);
            }
        }
        if (problems.Count == 0)
        {
            return null;
        }
        var message = $"An alias is already used by {string.Join(", ", others.Select(o => "sources/" + o))}.";
        return new WriteResult(WriteStatus.AliasTaken, null, problems, [.. others]) { Message = message };
    }
}
