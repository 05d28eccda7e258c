using Conflict.Claims.Documents;
using Conflict.Claims.Measures;

namespace Conflict.Claims.Claims;

/// <summary>
/// Turns requested claims into rows ready to insert: validation against the catalog, the documents and the
/// Sources service (one lookup per distinct name), claimant resolution and statement keys. Problems go to each
/// input's collector; a row whose collector has problems must not be stored.
/// </summary>
internal sealed class ClaimPreparer(MeasureCatalog catalog, DocumentStore documents, ISourceDirectory sources)
{
    public async Task<IReadOnlyList<ClaimRow>> PrepareAsync(IReadOnlyList<ClaimInput> inputs, NameCache names, CancellationToken ct,
        IReadOnlyDictionary<string, DocumentFacts>? pendingDocuments = null)
    {
        await RefreshCatalogIfUnknownAsync(inputs, ct);
        var measures = await catalog.AllAsync(ct);
        var rows = inputs.Select(input => ClaimValidation.Check(input, measures)).ToList();
        var docIds = rows.Select(r => r.DocumentId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var docs = await documents.FactsAsync(docIds.Where(id => pendingDocuments?.ContainsKey(id) != true).ToList(), ct);
        if (pendingDocuments is not null)
        {
            docs = docs.Concat(pendingDocuments).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }
        await LookUpNamesAsync(rows, docs, names, ct);
        var prepared = new List<ClaimRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            prepared.Add(Finish(rows[i], docs, names, inputs[i]));
        }
        return prepared;
    }

    /// <summary>A measure created through another replica is not in this one's snapshot yet.</summary>
    private async Task RefreshCatalogIfUnknownAsync(IReadOnlyList<ClaimInput> inputs, CancellationToken ct)
    {
        var measures = await catalog.AllAsync(ct);
        var unknown = inputs.Select(i => i.Claim.Measure).FirstOrDefault(m => m.StartsWith("measures/", StringComparison.Ordinal) && !measures.ContainsKey(m[9..]));
        if (unknown is not null)
        {
            await catalog.FindAsync(unknown[9..], ct);
        }
    }

    private async Task LookUpNamesAsync(List<ClaimRow> rows, IReadOnlyDictionary<string, DocumentFacts> docs, NameCache names, CancellationToken ct)
    {
        names.TrimIfFull();
        var unknownNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            AddIfUnknown(unknownNames, row.Claimant, names);
            AddIfUnknown(unknownNames, row.Reporter, names);
        }
        if (unknownNames.Count > 0)
        {
            var existing = await sources.FindExistingAsync(unknownNames, ct);
            foreach (var name in unknownNames)
            {
                names.Existing[name] = existing.Contains(name);
            }
        }
        var queries = rows.SelectMany(r => Queries(r, docs)).Where(q => !names.Resolved.ContainsKey(q)).Distinct().ToList();
        if (queries.Count > 0)
        {
            var resolved = await sources.ResolveAsync(queries, ct);
            for (var i = 0; i < queries.Count; i++)
            {
                names.Resolved[queries[i]] = resolved[i];
            }
        }
    }

    private static void AddIfUnknown(HashSet<string> unknown, string name, NameCache names)
    {
        if (name.Length > 0 && !names.Existing.ContainsKey(name))
        {
            unknown.Add(name);
        }
    }

    private static IEnumerable<NameQuery> Queries(ClaimRow row, IReadOnlyDictionary<string, DocumentFacts> docs)
    {
        if (row.Claimant.Length == 0 && row.ClaimantText.Length > 0)
        {
            yield return Query(row.ClaimantText, row, docs);
        }
        if (row.Reporter.Length == 0 && row.ReporterText.Length > 0)
        {
            yield return Query(row.ReporterText, row, docs);
        }
    }

    private static NameQuery Query(string text, ClaimRow row, IReadOnlyDictionary<string, DocumentFacts> docs)
        => docs.TryGetValue(row.DocumentId, out var doc) ? new NameQuery(text, doc.Language, doc.Publisher) : new NameQuery(text, "", "");

    private static ClaimRow Finish(ClaimRow row, IReadOnlyDictionary<string, DocumentFacts> docs, NameCache names, ClaimInput input)
    {
        DocumentChecks.Check(row, docs.GetValueOrDefault(row.DocumentId), input.Problems);
        var claimant = row.Claimant;
        var unresolved = false;
        if (claimant.Length > 0 && !names.Existing.GetValueOrDefault(claimant))
        {
            input.Problems.Add("claimant", $"{claimant} is not a known source");
        }
        else if (claimant.Length == 0 && row.ClaimantText.Length > 0)
        {
            claimant = names.Resolved.GetValueOrDefault(Query(row.ClaimantText, row, docs)) ?? "";
            unresolved = claimant.Length == 0;
        }
        var reporter = row.Reporter;
        if (reporter.Length > 0 && !names.Existing.GetValueOrDefault(reporter))
        {
            input.Problems.Add("reporter", $"{reporter} is not a known source");
        }
        else if (reporter.Length == 0 && row.ReporterText.Length > 0)
        {
            reporter = names.Resolved.GetValueOrDefault(Query(row.ReporterText, row, docs)) ?? "";
        }
        var key = StatementKeys.For(claimant, row);
        return row with { Claimant = claimant, ClaimantUnresolved = unresolved, Reporter = reporter, StatementKey = key };
    }
}
