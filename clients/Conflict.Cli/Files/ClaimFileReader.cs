using System.Text.Json;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Files;

/// <summary>
/// Reads claim files: CSV or TSV with a header row, a JSON array of objects, or JSON Lines (one object per
/// line, as <c>conflict extract --format jsonl</c> prints). Bad rows come back with their errors, never throw.
/// </summary>
internal static class ClaimFileReader
{
    public static IReadOnlyList<ClaimFileRow> Read(string path, string? format = null) => Rows(path, format).ToList();

    public static IReadOnlyList<ClaimFileRow> Read(TextReader reader, string format) =>
        Records(reader, format).Select(ClaimRowMapper.Map).ToList();

    /// <summary>
    /// The rows one at a time, read from the file as they are asked for; each enumeration reads the file again
    /// (an import passes over it twice). A JSON array is the exception: it is parsed whole.
    /// </summary>
    public static IEnumerable<ClaimFileRow> Rows(string path, string? format = null)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }
        var chosen = format ?? FormatOf(path);
        return chosen is "csv" or "tsv" or "json" or "jsonl" ? Stream(path, chosen) : throw UnknownFormat(chosen);
    }

    private static IEnumerable<ClaimFileRow> Stream(string path, string format)
    {
        using var reader = new StreamReader(path);
        foreach (var record in Records(reader, format))
        {
            yield return ClaimRowMapper.Map(record);
        }
    }

    public static string FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".jsonl" or ".ndjson" => "jsonl",
        ".tsv" or ".tab" => "tsv",
        _ => "csv",
    };

    public static IEnumerable<ClaimRecord> Records(TextReader reader, string format) => format switch
    {
        "csv" => Delimited(reader, ','),
        "tsv" => Delimited(reader, '\t'),
        "json" or "jsonl" => JsonRecords(reader),
        _ => throw UnknownFormat(format),
    };

    private static CliException UnknownFormat(string format) =>
        CliException.Usage($"--format: unknown claim file format '{format}' (use csv, tsv, json or jsonl).");

    private static IEnumerable<ClaimRecord> Delimited(TextReader reader, char delimiter)
    {
        string[]? header = null;
        foreach (var (line, fields) in CsvReader.Read(reader, delimiter))
        {
            if (header is null)
            {
                header = fields.Select(ClaimRecord.NormalizeKey).ToArray();
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                values[header[i]] = i < fields.Count ? fields[i] : "";
            }
            if (fields.Count > header.Length)
            {
                values["__extra"] = $"{fields.Count - header.Length} more field(s) than the header";
            }
            yield return new ClaimRecord(line, values);
        }
    }

    /// <summary>
    /// A JSON array (parsed whole), or one JSON object per line (read line by line). Numbers and strings are both
    /// accepted as values.
    /// </summary>
    private static IEnumerable<ClaimRecord> JsonRecords(TextReader reader)
    {
        var number = 0;
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            if (first && line.TrimStart().StartsWith('['))
            {
                foreach (var record in JsonArray(line + "\n" + reader.ReadToEnd(), number))
                {
                    yield return record;
                }
                yield break;
            }
            first = false;
            yield return FromLine(number, line);
        }
    }

    private static IEnumerable<ClaimRecord> JsonArray(string text, int line)
    {
        using var document = Parse(text, line);
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            yield return FromElement(index, element);
        }
    }

    private static ClaimRecord FromLine(int line, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromElement(line, document.RootElement);
        }
        catch (JsonException error)
        {
            return new ClaimRecord(line, new Dictionary<string, string> { ["__invalid"] = error.Message });
        }
    }

    private static ClaimRecord FromElement(int line, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ClaimRecord(line, new Dictionary<string, string> { ["__invalid"] = $"expected an object, found {element.ValueKind}" });
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            values[ClaimRecord.NormalizeKey(property.Name)] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() ?? "",
                JsonValueKind.Null => "",
                _ => property.Value.GetRawText(),
            };
        }
        return new ClaimRecord(line, values);
    }

    private static JsonDocument Parse(string text, int line)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            throw new CliException($"line {line}: not valid JSON: {error.Message}");
        }
    }
}
