using System.Globalization;
using Conflict.Reconciliation.Engine;
using Conflict.Testing;

namespace Conflict.Reconciliation.Engine.Tests;

/// <summary>
/// Reads the Kursk facts table of the shared corpus (<c>../shared/corpus/kursk-claims.tsv</c>, beside the repository)
/// at run time into engine inputs; the tests that call it are skipped where the corpus is absent.
/// </summary>
internal static class KurskCorpus
{
    /// <summary>The facts table, under ../shared.</summary>
    public const string Table = "corpus/kursk-claims.tsv";

    public static List<VariableInput> Load()
    {
        var lines = File.ReadAllLines(SharedCorpus.PathOf(Table));
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        var byVariable = new Dictionary<string, (VariableSpec Spec, List<ClaimInput> Claims)>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            if (f.Length < header.Length - 1)
            {
                continue;
            }
            var party = f[Col("party")];
            var spec = VariableSpec.For(f[Col("measure")], party.Length == 0 ? null : party, f[Col("place")]);
            if (!byVariable.TryGetValue(spec.Key, out var entry))
            {
                entry = (spec, []);
                byVariable[spec.Key] = entry;
            }
            var aligned = f[Col("aligned_party")];
            entry.Claims.Add(new ClaimInput
            {
                Id = $"kursk/{i}",
                Claimant = f[Col("claimant")],
                Alignment = aligned is "" or "none" ? null : aligned,
                ClaimantKind = f[Col("claimant_kind")],
                Reporter = f[Col("reporter")],
                From = DateOnly.ParseExact(f[Col("as_of")], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Quantity = new Quantity(ParseQualifier(f[Col("qualifier")]), Number(f[Col("low")]), Number(f[Col("high")]), Number(f[Col("point")])),
            });
        }
        return [.. byVariable.Values.Select(v => new VariableInput(v.Spec, v.Claims))];
    }

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static Qualifier ParseQualifier(string s) => s switch
    {
        "exact" => Qualifier.Exact,
        "approximate" => Qualifier.Approximate,
        "at_least" => Qualifier.AtLeast,
        "more_than" => Qualifier.MoreThan,
        "at_most" => Qualifier.AtMost,
        "less_than" => Qualifier.LessThan,
        "range" => Qualifier.Range,
        _ => Qualifier.Vague,
    };
}
