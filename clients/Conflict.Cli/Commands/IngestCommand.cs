using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands;

/// <summary>
/// <c>conflict ingest FILES...|DIR</c>: stores each article, extracts its claims and records them. Metadata comes
/// from flags or each file's sidecar JSON; a progress bar shows when there are many files.
/// </summary>
internal sealed class IngestCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string[]> _paths = new("paths") { Description = "Article files (UTF-8 text) or directories of them.", Arity = ArgumentArity.OneOrMore };
    private readonly ArticleOptions _article = new();
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Extract and report without storing anything." };

    public Command Build()
    {
        var command = new Command("ingest", HelpText.With(
            "Ingest articles: store each document, extract its claims and record them. Re-ingesting the same text creates nothing new.",
            "conflict ingest demo/articles",
            "conflict ingest report.txt --publisher \"Agence France-Presse\" --published 2024-08-13 --language en",
            "conflict ingest a.txt b.txt --dry-run --json"))
        {
            _paths, _dryRun,
        };
        _article.AddTo(command);
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var files = ArticleFiles.Expand(parse.GetValue(_paths) ?? []);
        var flags = _article.Read(parse);
        var documents = files.Select(f => (File: f, Document: ArticleLoader.Load(f, flags))).ToList();
        using var clients = globals.Clients(parse, cli);
        var responses = await ProgressRunner.RunAsync(cli, $"Ingesting {files.Count} articles", files.Count, async progress =>
        {
            var results = new List<(string File, IngestDocumentResponse Response)>();
            foreach (var (file, document) in documents)
            {
                var request = new IngestDocumentRequest { Document = document, ValidateOnly = parse.GetValue(_dryRun) };
                results.Add((file, await clients.Claims.IngestDocumentAsync(request, ct.Call())));
                progress.Report(results.Count);
            }
            return results;
        });
        Print(parse, responses);
        return ExitCodes.Ok;
    }

    private void Print(ParseResult parse, List<(string File, IngestDocumentResponse Response)> responses)
    {
        if (globals.IsJson(parse))
        {
            responses.ForEach(r => JsonOutput.WriteLine(cli.Out, r.Response));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).AddColumns("File", "Document", "Claims", "");
        foreach (var (file, response) in responses)
        {
            table.AddRow(
                Markup.Escape(file),
                Markup.Escape(response.Document?.Name ?? ""),
                response.Claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                response.AlreadyIngested ? "already ingested" : parse.GetValue(_dryRun) ? "dry run" : "");
        }
        cli.Console.Write(table);
        cli.Out.WriteLine($"{responses.Count} articles, {responses.Sum(r => r.Response.AlreadyIngested ? 0 : r.Response.Claims.Count)} claims recorded.");
    }
}
