using Conflict.Sources.V1;
using Google.Protobuf.WellKnownTypes;

namespace Conflict.Sources.Writes;

/// <summary>
/// Applies an UpdateSource request to the current source (AIP-134): an empty mask means every populated field,
/// <c>*</c> every writable field; output-only paths are ignored; unknown paths are errors.
/// </summary>
internal static class SourceUpdate
{
    private static readonly Dictionary<string, Action<Source, Source>> Writable = new(StringComparer.Ordinal)
    {
        ["display_name"] = (to, from) => to.DisplayName = from.DisplayName,
        ["kind"] = (to, from) => to.Kind = from.Kind,
        ["country"] = (to, from) => to.Country = from.Country,
        ["aligned_party"] = (to, from) => to.AlignedParty = from.AlignedParty,
        ["parent"] = (to, from) => to.Parent = from.Parent,
        ["aliases"] = (to, from) => { to.Aliases.Clear(); to.Aliases.AddRange(from.Aliases); },
        ["prior_grade"] = (to, from) => to.PriorGrade = from.PriorGrade,
        ["description"] = (to, from) => to.Description = from.Description,
        ["person"] = (to, from) => to.Person = from.Person,
    };

    private static readonly HashSet<string> OutputOnly = new(StringComparer.Ordinal) { "name", "create_time", "update_time", "delete_time", "etag", "creator", "updater" };

    public static List<FieldProblem> CheckMask(FieldMask? mask)
    {
        var problems = new List<FieldProblem>();
        foreach (var path in mask?.Paths ?? [])
        {
            if (path != "*" && !Writable.ContainsKey(path) && !OutputOnly.Contains(path))
            {
                problems.Add(new("update_mask", $"Unknown field \"{path}\"."));
            }
        }
        return problems;
    }

    /// <summary>The merged source, validated as a whole; run inside the write transaction on the current source.</summary>
    public static UpdatePlan Plan(SourceRecord current, Source patch, FieldMask? mask)
    {
        var merged = SourceMapping.ToProto(current);
        foreach (var path in Paths(patch, mask))
        {
            Writable[path](merged, patch);
        }
        var problems = SourceValidation.Source(merged, "source");
        return problems.Count > 0 ? new UpdatePlan(null, problems) : new UpdatePlan(SourceMapping.ToDraft(merged), []);
    }

    private static IEnumerable<string> Paths(Source patch, FieldMask? mask)
    {
        var paths = mask?.Paths ?? [];
        if (paths.Contains("*"))
        {
            return Writable.Keys;
        }
        if (paths.Count > 0)
        {
            return paths.Where(Writable.ContainsKey);
        }
        return Writable.Keys.Where(path => IsPopulated(patch, path));
    }

    private static bool IsPopulated(Source patch, string path) => path switch
    {
        "display_name" => patch.DisplayName.Length > 0,
        "kind" => patch.Kind != SourceKind.Unspecified,
        "country" => patch.Country.Length > 0,
        "aligned_party" => patch.AlignedParty.Length > 0,
        "parent" => patch.Parent.Length > 0,
        "aliases" => patch.Aliases.Count > 0,
        "prior_grade" => patch.PriorGrade != ReliabilityGrade.Unspecified,
        "description" => patch.Description.Length > 0,
        "person" => patch.Person,
        _ => false,
    };
}
