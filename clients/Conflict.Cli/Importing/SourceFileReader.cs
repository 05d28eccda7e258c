using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Sources.V1;

namespace Conflict.Cli.Importing;

/// <summary>
/// Reads a source catalog: a JSON array (or <c>{"sources": [...]}</c>) of sources in proto3 JSON, each with an
/// optional <c>id</c>, or of ImportSourcesItem objects (<c>{"importKey", "sourceId", "source"}</c>).
/// Kinds and grades may be short (<c>military</c>, <c>B</c>).
/// </summary>
internal static class SourceFileReader
{
    public static IReadOnlyList<ImportSourcesItem> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException error)
        {
            throw new CliException($"{path}: not valid JSON: {error.Message}");
        }
        var items = root switch
        {
            JsonArray array => array,
            JsonObject obj when obj["sources"] is JsonArray array => array,
            _ => throw new CliException($"{path}: expected a JSON array of sources or {{\"sources\": [...]}}."),
        };
        return items.Select((item, index) => ToRequest(item as JsonObject ?? throw new CliException($"{path}: item {index + 1} is not an object."))).ToList();
    }

    public static ImportSourcesItem ToRequest(JsonObject item)
    {
        var wrapped = item["source"] is JsonObject;
        var source = (JsonObject)(wrapped ? item["source"]! : item).DeepClone();
        var id = Text(item, "sourceId") ?? Text(item, "source_id") ?? Text(source, "id") ?? "";
        source.Remove("id");
        Expand(source, "kind", "SOURCE_KIND_");
        Expand(source, "priorGrade", "RELIABILITY_GRADE_");
        Expand(source, "prior_grade", "RELIABILITY_GRADE_");
        var key = Text(item, "importKey") ?? Text(item, "import_key")
            ?? (id.Length > 0 ? "source:" + id : "source:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.ToJsonString())))[..32]);
        return new ImportSourcesItem
        {
            ImportKey = key,
            SourceId = id,
            Source = JsonOutput.Parse<Source>(source.ToJsonString()),
        };
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>Turns a short enum name (<c>news agency</c>) into its proto name (<c>SOURCE_KIND_NEWS_AGENCY</c>).</summary>
    private static void Expand(JsonObject obj, string name, string prefix)
    {
        if (Text(obj, name) is { } value && !value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            obj[name] = prefix + value.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        }
        else if (Text(obj, name) is { } full)
        {
            obj[name] = full.ToUpperInvariant();
        }
    }
}
