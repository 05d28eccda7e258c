using System.Text;
using Conflict.Cli.Cli;

namespace Conflict.Bench.Fuzz;

/// <summary>
/// Random and adversarial claim files run through <c>conflict claims import</c> in this process, as a user runs it:
/// CSV and TSV with shuffled, missing, repeated or unknown columns, unbalanced quotes, byte-order marks, huge and
/// binary fields; JSON arrays nested thousands deep or of the wrong shapes; JSON Lines with broken lines. The
/// command must end with its documented exit codes (0, 1 for rejected rows, 2 for usage, 3 for a server refusal
/// that is not an internal error) and never print an unhandled exception or stack trace.
/// </summary>
internal sealed class FileFuzzer(Random random, string directory)
{
    private static readonly string[] Columns =
    [
        "claimant", "reporter", "measure", "party", "place", "qualifier", "low", "high", "point", "unit", "as_of_start",
        "as_of_end", "url", "note", "quote", "quote_start", "quote_end", "confidence", "subject", "category", "request_id",
        "asOfStart", "Claimant", "", " measure", "unknown_column",
    ];

    private static readonly string[] Values =
    [
        "", "sources/zelensky", "Volodymyr Zelensky", "AFP", "area_controlled", "measures/area_controlled", "ua", "RU-KRS",
        "APPROXIMATE", "RANGE", "more than", "1000", "1,000", "-5", "1e400", "NaN", "abc", "km2", "sq mi", "2024-08-20",
        "2024-02-30", "20/08/2024", "https://example.org/a", "not a url", "0.5", "2", "\"quoted, with comma\"", "\"unbalanced",
        "tab\there", "line\nbreak", "Зеленський", "\u202E", "\0", new string('x', 5000),
    ];

    public async Task RunAsync(string[] serverArguments, string token, FuzzTally tally)
    {
        var (extension, content) = random.Next(4) switch
        {
            0 => ("csv", Delimited(',')),
            1 => ("tsv", Delimited('\t')),
            2 => ("json", Json()),
            _ => ("jsonl", JsonLines()),
        };
        var path = Path.Combine(directory, $"fuzz-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, content);
        var output = new StringWriter();
        var error = new StringWriter();
        int exit;
        try
        {
            exit = await CliApp.RunAsync([.. serverArguments, "--token", token, "claims", "import", path, "--no-documents"], CliContext.ForWriters(output, error));
        }
        catch (Exception e)
        {
            tally.Outcome("file/" + extension, handled: false, $"{e.GetType().Name}: {e.Message}");
            return;
        }
        finally
        {
            File.Delete(path);
        }
        var text = error.ToString();
        var handled = exit is >= 0 and <= 3 && !text.Contains("Unhandled exception", StringComparison.Ordinal)
            && !text.Contains("   at ", StringComparison.Ordinal) && !text.Contains("UNKNOWN:", StringComparison.Ordinal)
            && !text.Contains("INTERNAL:", StringComparison.Ordinal);
        tally.Outcome("file/" + extension, handled, $"exit {exit}: {text}");
    }

    private byte[] Delimited(char separator)
    {
        var builder = new StringBuilder(random.Next(5) == 0 ? "\uFEFF" : "");
        var columns = Enumerable.Range(0, random.Next(0, 16)).Select(_ => Columns[random.Next(Columns.Length)]).ToList();
        builder.AppendLine(string.Join(separator, columns));
        for (var row = random.Next(0, 30); row > 0; row--)
        {
            var cells = Enumerable.Range(0, Math.Max(0, columns.Count + random.Next(-2, 3))).Select(_ => Values[random.Next(Values.Length)]);
            builder.AppendLine(string.Join(separator, cells));
        }
        return Finish(builder.ToString());
    }

    private byte[] Json()
    {
        switch (random.Next(5))
        {
            case 0:
                return Encoding.UTF8.GetBytes(new string('[', random.Next(100, 20_000)));
            case 1:
                return Encoding.UTF8.GetBytes("{\"claimant\": 1, \"point\": \"x\"}");
            default:
                var rows = Enumerable.Range(0, random.Next(0, 20)).Select(_ => Object());
                return Finish("[" + string.Join(",", rows) + (random.Next(4) == 0 ? "" : "]"));
        }
    }

    private byte[] JsonLines() => Finish(string.Join("\n", Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(6) == 0 ? "{\"broken\": " : Object())));

    private string Object()
    {
        var fields = Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
        {
            var value = random.Next(4) switch
            {
                0 => random.Next(-10, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => "null",
                2 => "[1,{\"a\":[]}]",
                _ => System.Text.Json.JsonSerializer.Serialize(Values[random.Next(Values.Length)]),
            };
            return $"\"{Columns[random.Next(Columns.Length)]}\": {value}";
        });
        return "{" + string.Join(", ", fields) + "}";
    }

    /// <summary>The text as UTF-8, sometimes with random bytes spliced in.</summary>
    private byte[] Finish(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(6) != 0 || bytes.Length == 0)
        {
            return bytes;
        }
        var noise = new byte[random.Next(1, 20)];
        random.NextBytes(noise);
        var at = random.Next(bytes.Length);
        return [.. bytes[..at], .. noise, .. bytes[at..]];
    }
}
