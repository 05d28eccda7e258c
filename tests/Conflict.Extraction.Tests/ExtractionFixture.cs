using Conflict.Extraction;

namespace Conflict.Extraction.Tests;

/// <summary>One shared extractor (it is immutable and thread-safe) and helpers to run it on short texts.</summary>
internal static class ExtractionFixture
{
    public static readonly DateOnly Wednesday = new(2024, 5, 15);

    public static ClaimExtractor Extractor { get; } = new();

    public static IReadOnlyList<ExtractedClaim> Extract(string text, string language = "en", DateOnly? published = null)
        => Extractor.Extract(text, language, published ?? Wednesday, "Test Wire");

    public static ExtractedClaim Single(string text, string language = "en", DateOnly? published = null)
    {
        var claims = Extract(text, language, published);
        Assert.True(claims.Count == 1, $"expected one claim, got {claims.Count}: {string.Join("; ", claims.Select(c => $"{c.Measure} {c.ValueText}"))}");
        return claims[0];
    }

    /// <summary>The repository root (holding Conflict.sln), found from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Conflict.sln not found above " + AppContext.BaseDirectory);
    }
}
