using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Sources.V1;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources resolve TEXT</c>: which source a name as written denotes.</summary>
internal sealed class SourcesResolveCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _text = new("text") { Description = "The name as written, e.g. \"le président Poutine\"." };
    private readonly Option<string?> _language = new("--language", "-l") { Description = "Language of the text: en, fr." };
    private readonly Option<string?> _publisher = new("--publisher") { Description = "Publisher of the document the name comes from." };

    public Command Build()
    {
        var command = new Command("resolve", HelpText.With(
            "Resolve a name as written to a source.",
            "conflict sources resolve Poutine --language fr",
            "conflict sources resolve \"the agency\" --publisher \"Agence France-Presse\""))
        {
            _text, _language, _publisher,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var response = await clients.Sources.ResolveSourceAsync(new ResolveSourceRequest
        {
            Text = parse.GetValue(_text)!,
            Language = parse.GetValue(_language) ?? "",
            Publisher = parse.GetValue(_publisher) ?? "",
        }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, response);
            return ExitCodes.Ok;
        }
        cli.Out.WriteLine(response.Match is { } match
            ? $"{match.Source} ({match.DisplayName}), confidence {Numbers.Display(match.Confidence)}, matched \"{match.MatchedAlias}\""
            : response.Ambiguous ? "Ambiguous: several sources match equally well." : "No source matches.");
        if (response.Candidates.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Candidate", "Display name", "Confidence", "Matched");
            foreach (var candidate in response.Candidates)
            {
                table.AddRow(Markup.Escape(candidate.Source), Markup.Escape(candidate.DisplayName), Numbers.Display(candidate.Confidence), Markup.Escape(candidate.MatchedAlias));
            }
            cli.Console.Write(table);
        }
        return ExitCodes.Ok;
    }
}
