using System.CommandLine;
using Conflict.Cli.Files;

namespace Conflict.Cli.Commands;

/// <summary>The article metadata flags shared by ingest and extract; each overrides the sidecar JSON.</summary>
internal sealed class ArticleOptions
{
    public Option<string?> Publisher { get; } = new("--publisher", "-p") { Description = "Who published the article, e.g. \"Agence France-Presse\"." };
    public Option<string?> Published { get; } = new("--published") { Description = "Publication date (YYYY-MM-DD or ISO 8601); relative dates resolve against it." };
    public Option<string?> Language { get; } = new("--language", "-l") { Description = "Language of the text: en or fr." };
    public Option<string?> Title { get; } = new("--title") { Description = "The article's title." };
    public Option<string?> Url { get; } = new("--url") { Description = "Where the article was read." };

    public void AddTo(Command command)
    {
        command.Add(Publisher);
        command.Add(Published);
        command.Add(Language);
        command.Add(Title);
        command.Add(Url);
    }

    public ArticleMetadata Read(ParseResult parse) => new(
        parse.GetValue(Publisher) ?? "", parse.GetValue(Published) ?? "", parse.GetValue(Language) ?? "",
        parse.GetValue(Title) ?? "", parse.GetValue(Url) ?? "");
}
