using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Conflict.Cli.Importing;

namespace Conflict.Cli.Commands.Claims;

/// <summary>
/// <c>conflict claims import FILE</c>: streams a CSV/TSV/JSON/JSONL claim file to ImportClaims with progress,
/// then prints created, duplicates and rejected rows with their reasons. Exit 1 when any row was rejected.
/// </summary>
internal sealed class ClaimsImportCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _file = new("file") { Description = "Claim file: .csv, .tsv, .json (array) or .jsonl." };
    private readonly Option<string?> _format = new("--format", "-f") { Description = "csv, tsv, json or jsonl (default: from the extension)." };
    private readonly Option<bool> _stopOnError = new("--stop-on-error") { Description = "Stop at the first rejected row instead of importing the rest." };
    private readonly Option<bool> _noDocuments = new("--no-documents") { Description = "Do not record a provenance document per URL." };

    public Command Build()
    {
        var command = new Command("import", HelpText.With(
            "Import a claim file. Each row's request id is derived from its content, so a re-run creates no duplicates. "
            + "Columns: claimant, reporter, measure, party, place, qualifier, low, high, point, unit, as_of_start, as_of_end, url, note "
            + "(optional: quote, quote_start, quote_end, confidence, subject, category, request_id).",
            "conflict claims import demo/claims.csv",
            "conflict extract article.txt --published 2024-08-13 --language en --format jsonl > found.jsonl && conflict claims import found.jsonl",
            "conflict claims import claims.json --stop-on-error --json"))
        {
            _file, _format, _stopOnError, _noDocuments,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var path = parse.GetValue(_file)!;
        // Two passes over the file, neither keeping its rows: one counts them and gathers each URL's provenance
        // (its document must exist before the claims that cite it), the other streams the claims.
        var rows = ClaimFileReader.Rows(path, parse.GetValue(_format));
        var survey = ClaimFileSurvey.Of(rows);
        using var clients = globals.Clients(parse, cli);
        var documents = parse.GetValue(_noDocuments)
            ? new Dictionary<string, string>()
            : await ProvenanceDocuments.CreateAsync(clients.Claims, survey.Urls, ct);
        var importer = new ClaimImporter(clients.Claims);
        var summary = await ProgressRunner.RunAsync(cli, $"Importing {Path.GetFileName(path)}", survey.ValidRows,
            progress => importer.ImportAsync(rows, documents, parse.GetValue(_stopOnError), new InlineProgress<long>(n => progress.Report(n)), ct));
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, summary);
        }
        else
        {
            ImportSummaryPrinter.Write(cli.Console, path, survey.Rows, summary);
        }
        return summary.RejectedCount > 0 ? ExitCodes.Error : ExitCodes.Ok;
    }
}
