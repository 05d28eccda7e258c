using Conflict.Sources.Import;
using Conflict.Sources.V1;
using Conflict.Sources.Writes;

namespace Conflict.Sources;

/// <summary>Checks each request's own fields (no database), returning every problem with its field path.</summary>
internal static class SourceRequests
{
    public const int MaxBatch = 1000;

    public const int MaxImport = 10_000;

    public const int MaxTextLength = 500;

    public static List<FieldProblem> Create(CreateSourceRequest request)
    {
        var problems = SourceValidation.Source(request.Source, "source");
        SourceValidation.SourceId(problems, "source_id", request.SourceId);
        return problems;
    }

    public static (string? Id, List<FieldProblem> Problems) Update(UpdateSourceRequest request)
    {
        var problems = new List<FieldProblem>();
        if (request.Source is null)
        {
            problems.Add(new("source", "Required."));
            return (null, problems);
        }
        var id = SourceValidation.Name(problems, "source.name", request.Source.Name);
        problems.AddRange(SourceUpdate.CheckMask(request.UpdateMask));
        return (id, problems);
    }

    public static (string? Id, List<FieldProblem> Problems) Name(string name)
    {
        var problems = new List<FieldProblem>();
        return (SourceValidation.Name(problems, "name", name), problems);
    }

    public static void Resolve(List<FieldProblem> problems, string prefix, ResolveSourceRequest request)
    {
        SourceValidation.Text(problems, prefix + "text", request.Text, MaxTextLength, required: true);
        SourceValidation.Text(problems, prefix + "publisher", request.Publisher, MaxTextLength, required: false);
        SourceValidation.Text(problems, prefix + "language", request.Language, 35, required: false);
    }

    public static List<FieldProblem> Batch(BatchResolveSourcesRequest request)
    {
        var problems = new List<FieldProblem>();
        if (request.Requests.Count > MaxBatch)
        {
            problems.Add(new("requests", $"At most {MaxBatch} names per call."));
        }
        for (var i = 0; i < Math.Min(request.Requests.Count, MaxBatch); i++)
        {
            Resolve(problems, $"requests[{i}].", request.Requests[i]);
        }
        return problems;
    }

    /// <summary>Checks the items of a whole import; item i is the i-th of the stream, whatever batch carried it.</summary>
    public static (List<ImportItem> Items, List<FieldProblem> Problems) Import(IReadOnlyList<ImportSourcesItem> requests)
    {
        var problems = new List<FieldProblem>();
        var items = new List<ImportItem>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var prefix = $"items[{i}].";
            var itemProblems = SourceValidation.Source(request.Source, prefix + "source");
            SourceValidation.Text(itemProblems, prefix + "import_key", request.ImportKey, SourceValidation.MaxNameLength, required: true);
            SourceValidation.SourceId(itemProblems, prefix + "source_id", request.SourceId);
            problems.AddRange(itemProblems);
            if (itemProblems.Count == 0)
            {
                items.Add(new ImportItem(request.ImportKey, SourceIds.Or(request.SourceId), SourceMapping.ToDraft(request.Source)));
            }
        }
        return (items, problems);
    }
}
