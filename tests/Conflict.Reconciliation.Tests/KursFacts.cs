using System.Globalization;
using Conflict.Testing;

namespace Conflict.Reconciliation.Tests;

/// <summary>
/// Reads the facts table of the shared corpus (<c>../shared/corpus/kursk-claims.tsv</c>, beside the repository) at run
/// time; the tests that call it are skipped where the corpus is absent.
/// </summary>
internal static class KurskFacts
{
    /// <summary>The facts table, under ../shared.</summary>
    public const string Table = "corpus/kursk-claims.tsv";

    internal sealed record Fact(string AsOf, string Claimant, string ClaimantKind, string Party, string Measure, string ScopeParty, string Place, string Qualifier, double? Low, double? High, double? Point, string Unit);

    public static IReadOnlyList<Fact> Load()
    {
        return File.ReadLines(SharedCorpus.PathOf(Table)).Skip(1).Select(line => line.Split('\t')).Select(c => new Fact(
            c[0], c[1], c[2], c[3] == "none" ? "" : c[3], c[5], c[6], c[7], c[8], Number(c[9]), Number(c[10]), Number(c[11]), c[12])).ToList();
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
