using System.Text.Json;
using Conflict.Cli.Cli;

namespace Conflict.Cli.Files;

/// <summary>
/// An article's metadata: from its sidecar JSON (<c>article.txt.json</c> or <c>article.json</c>:
/// publisher, published, language, title, url), overridden by command-line flags.
/// </summary>
internal sealed record ArticleMetadata(string Publisher, string Published, string Language, string Title, string Url)
{
    public static readonly ArticleMetadata Empty = new("", "", "", "", "");

    public static string? SidecarOf(string articlePath)
    {
        var full = articlePath + ".json";
        var beside = Path.ChangeExtension(articlePath, ".json");
        return File.Exists(full) ? full : File.Exists(beside) && beside != articlePath ? beside : null;
    }

    public static ArticleMetadata ReadSidecar(string articlePath)
    {
        if (SidecarOf(articlePath) is not { } path)
        {
            return Empty;
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            string Get(string name) => document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
            return new ArticleMetadata(Get("publisher"), Get("published"), Get("language"), Get("title"), Get("url"));
        }
        catch (JsonException error)
        {
            throw new CliException($"{path}: not valid JSON: {error.Message}");
        }
    }

    /// <summary>Flags win over the sidecar; empty flags keep the sidecar's value.</summary>
    public ArticleMetadata Override(ArticleMetadata flags) => new(
        Pick(flags.Publisher, Publisher), Pick(flags.Published, Published), Pick(flags.Language, Language),
        Pick(flags.Title, Title), Pick(flags.Url, Url));

    /// <summary>Names the metadata an article cannot be ingested without.</summary>
    public IEnumerable<string> Missing()
    {
        if (Published.Length == 0)
        {
            yield return "published (--published or the sidecar's \"published\")";
        }
        if (Language.Length == 0)
        {
            yield return "language (--language or the sidecar's \"language\")";
        }
    }

    private static string Pick(string flag, string sidecar) => string.IsNullOrWhiteSpace(flag) ? sidecar : flag.Trim();
}
