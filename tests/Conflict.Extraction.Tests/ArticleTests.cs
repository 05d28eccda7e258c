using System.Globalization;
using System.Text.Json;
using Conflict.Extraction.Numbers;

namespace Conflict.Extraction.Tests;

/// <summary>
/// Whole articles written for these tests (Articles/*.txt, in English and French, about places and figures of
/// their own) against their expected claims (Articles/*.expected.json): every expected claim is found, no other.
/// </summary>
public sealed class ArticleTests
{
    public static TheoryData<string> Articles() => new(Directory.GetFiles(ArticleDirectory(), "*.expected.json")
        .Select(f => Path.GetFileName(f).Replace(".expected.json", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extract_Article_FindsExactlyTheExpectedClaims(string name)
    {
        // Arrange
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(ArticleDirectory(), name + ".expected.json")));
        var root = expected.RootElement;
        var text = File.ReadAllText(Path.Combine(ArticleDirectory(), name + ".txt"));
        var published = DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Act
        var claims = ExtractionFixture.Extractor.Extract(text, root.GetProperty("language").GetString()!, published, root.GetProperty("publisher").GetString());

        // Assert
        var wanted = root.GetProperty("claims").EnumerateArray().ToList();
        var unmatched = claims.ToList();
        foreach (var want in wanted)
        {
            var hit = unmatched.FindIndex(c => Matches(want, c));
            Assert.True(hit >= 0, $"{name}: missing {want}\nfound:\n{string.Join('\n', claims.Select(Describe))}");
            unmatched.RemoveAt(hit);
        }
        Assert.True(unmatched.Count == 0, $"{name}: unexpected\n{string.Join('\n', unmatched.Select(Describe))}");
    }

    private static bool Matches(JsonElement want, ExtractedClaim c)
        => Text(want, "measure") == c.Measure && Text(want, "party") == c.Party && Text(want, "place") == c.Place
           && Text(want, "qualifier") == Bench.QualifierName(c.Qualifier) && Text(want, "claimant") == c.ClaimantText
           && Text(want, "asOfStart") == Day(c.AsOfStart) && Text(want, "asOfEnd") == Day(c.AsOfEnd)
           && Close(want, "low", c.Low) && Close(want, "high", c.High) && Close(want, "point", c.Point);

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";

    private static bool Close(JsonElement e, string name, double? actual)
        => e.TryGetProperty(name, out var v) ? actual is { } a && Math.Abs(a - v.GetDouble()) <= 1e-3 * Math.Max(1, Math.Abs(a)) : actual is null;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(ExtractedClaim c)
        => $"{c.Measure} {c.Party} {c.Place} {c.Qualifier} {c.Low} {c.High} {c.Point} {Day(c.AsOfStart)} {Day(c.AsOfEnd)} | {c.ClaimantText} | {c.ValueText}";

    private static string ArticleDirectory()
        => Path.Combine(ExtractionFixture.RepositoryRoot(), "tests", "Conflict.Extraction.Tests", "Articles");

    /// <summary>The proto enum value name without its prefix, as the JSON lines print it.</summary>
    private static class Bench
    {
        public static string QualifierName(Qualifier q) => q switch
        {
            Qualifier.MoreThan => "MORE_THAN",
            Qualifier.AtLeast => "AT_LEAST",
            Qualifier.AtMost => "AT_MOST",
            Qualifier.LessThan => "LESS_THAN",
            _ => q.ToString().ToUpperInvariant(),
        };
    }
}
