using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conflict.Extraction;

namespace Conflict.Bench.Extraction;

/// <summary>
/// <c>extract [--seconds N] [--corpus DIR]</c>: single-thread extraction throughput, in MB of UTF-8 article text per
/// second, over the test articles and, where the shared corpus sits beside the repository (CI), the seed articles
/// (read from ../shared/corpus/seeds at run time; without them a one-line note says so and the test articles alone
/// are timed).
/// </summary>
internal static class ExtractBenchmark
{
    public static int Run(string[] args)
    {
        var seconds = 3.0;
        string? corpus = null;
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == "--seconds")
            {
                seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--corpus")
            {
                corpus = args[++i];
            }
        }
        var docs = LoadDocuments(corpus);
        if (docs.Count == 0)
        {
            Console.Error.WriteLine("extract: no articles found (pass --corpus DIR)");
            return 1;
        }
        var extractor = new ClaimExtractor();
        var published = new DateOnly(2024, 8, 15);
        Measure(extractor, docs, published, 2.0); // warm-up: lets tiered JIT reach optimized code
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (bytes, elapsed, claims) = Measure(extractor, docs, published, seconds);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // the machine is shared: CPU time of this process is the honest "per core" denominator; wall time is printed too
        var perCore = bytes / 1e6 / Math.Max(cpu.TotalSeconds, 1e-9);
        var wall = bytes / 1e6 / elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"extract: {docs.Count} articles, {bytes / 1e6:F1} MB, {claims} claims, {cpu.TotalSeconds:F2} s CPU / {elapsed.TotalSeconds:F2} s wall: {perCore:F2} MB/s per core (single thread, CPU time), {wall:F2} MB/s wall"));
        return 0;
    }

    private static (long Bytes, TimeSpan Elapsed, long Claims) Measure(ClaimExtractor extractor, List<(string Text, string Language, long Bytes)> docs,
        DateOnly published, double seconds)
    {
        long bytes = 0, claims = 0;
        var watch = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        // budget in CPU seconds: on a shared machine wall time says little about the work done
        while ((Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds < seconds)
        {
            foreach (var (text, language, size) in docs)
            {
                claims += extractor.Extract(text, language, published, "Bench").Count;
                bytes += size;
            }
        }
        return (bytes, watch.Elapsed, claims);
    }

    private static List<(string Text, string Language, long Bytes)> LoadDocuments(string? corpus)
    {
        var root = FindRepositoryRoot();
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seeds"));
        if (corpus is null && !Directory.Exists(seeds))
        {
            Console.WriteLine("extract: seed articles: SKIP (../shared/corpus/seeds not found); timing the test articles only");
        }
        var dirs = corpus is not null ? [corpus]
            : new[] { seeds, Path.Combine(root, "tests", "Conflict.Claims.Tests", "Extraction", "Articles") };
        var docs = new List<(string, string, long)>();
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                docs.Add((text, GuessLanguage(text), Encoding.UTF8.GetByteCount(text)));
            }
        }
        return docs;
    }

    private static string GuessLanguage(string text)
        => text.Contains(" les ", StringComparison.Ordinal) || text.Contains(" des ", StringComparison.Ordinal) ? "fr" : "en";

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Conflict.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
