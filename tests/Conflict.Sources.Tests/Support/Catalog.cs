using System.Text.Json;
using Conflict.Sources.Resolution;
using Conflict.Sources.V1;
using Google.Protobuf;

namespace Conflict.Sources.Tests.Support;

/// <summary>Reads demo/sources.json the way a client does: each item is the proto3 JSON of an ImportSourcesItem.</summary>
internal static class Catalog
{
    public static IReadOnlyList<ImportSourcesItem> Items { get; } = Load();

    /// <summary>The catalog as the resolver sees it, without a database.</summary>
    public static IReadOnlyList<ResolvableSource> Resolvable()
        => [.. Items.Select(item => new ResolvableSource(
            item.SourceId, item.Source.DisplayName, item.Source.Kind, item.Source.Country,
            item.Source.Parent.Replace("sources/", "", StringComparison.Ordinal), item.Source.Person,
            [new ResolvableName(item.Source.DisplayName, ""), .. item.Source.Aliases.Select(a => new ResolvableName(a.Name, a.Language))]))];

    private static List<ImportSourcesItem> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Catalog));
        return [.. document.RootElement.GetProperty("sources").EnumerateArray()
            .Select(item => JsonParser.Default.Parse<ImportSourcesItem>(item.GetRawText()))];
    }
}
