using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;

namespace Conflict.Cli.Files;

/// <summary>Reads an article file and its metadata into a document ready to ingest.</summary>
internal static class ArticleLoader
{
    public static Document Load(string path, ArticleMetadata flags)
    {
        var metadata = ArticleMetadata.ReadSidecar(path).Override(flags);
        var missing = metadata.Missing().ToList();
        if (missing.Count > 0)
        {
            throw CliException.Usage($"{path}: missing {string.Join(" and ", missing)}.");
        }
        return new Document
        {
            Url = metadata.Url,
            Publisher = metadata.Publisher,
            PublishTime = Dates.Time(metadata.Published, $"{path}: published"),
            Language = metadata.Language,
            Title = metadata.Title.Length > 0 ? metadata.Title : Path.GetFileNameWithoutExtension(path),
            Text = File.ReadAllText(path),
        };
    }
}
