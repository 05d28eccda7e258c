using System.Globalization;

namespace Conflict.Reconciliation.Tests;

/// <summary>Reads the facts table of ../shared/corpus/kursk-claims.tsv (beside the repository) at run time.</summary>
internal static class KurskFacts
{
    internal sealed record Fact(string AsOf, string Claimant, string ClaimantKind, string Party, string Measure, string ScopeParty, string Place, string Qualifier, double? Low, double? High, double? Point, string Unit);

    public static IReadOnlyList<Fact> Load()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Conflict.sln")))
        {
            root = root.Parent;
        }
        var path = Path.Combine(root?.Parent?.FullName ?? throw new DirectoryNotFoundException("Conflict.sln not found above the test binaries."), "shared", "corpus", "kursk-claims.tsv");
        return File.ReadLines(path).Skip(1).Select(line => line.Split('\t')).Select(c => new Fact(
            c[0], c[1], c[2], c[3] == "none" ? "" : c[3], c[5], c[6], c[7], c[8], Number(c[9]), Number(c[10]), Number(c[11]), c[12])).ToList();
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
