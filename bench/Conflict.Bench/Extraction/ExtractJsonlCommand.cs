using System.Globalization;
using Conflict.Extraction;

namespace Conflict.Bench.Extraction;

/// <summary>
/// <c>extract-jsonl --published YYYY-MM-DD --language en|fr [--publisher NAME] FILE</c>: prints the claims of
/// one article as JSON lines (a stand-in for <c>conflict extract --format jsonl</c> until the CLI exists).
/// </summary>
internal static class ExtractJsonlCommand
{
    public static int Run(string[] args)
    {
        string? published = null, language = null, publisher = null, file = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--published" when i + 1 < args.Length: published = args[++i]; break;
                case "--language" when i + 1 < args.Length: language = args[++i]; break;
                case "--publisher" when i + 1 < args.Length: publisher = args[++i]; break;
                default: file = args[i]; break;
            }
        }
        if (file is null || published is null || language is null
            || !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Console.Error.WriteLine("usage: extract-jsonl --published YYYY-MM-DD --language en|fr [--publisher NAME] FILE");
            return 2;
        }
        var extractor = new ClaimExtractor();
        foreach (var claim in extractor.Extract(File.ReadAllText(file), language, date, publisher))
        {
            Console.WriteLine(ClaimJson.Line(claim));
        }
        return 0;
    }
}
