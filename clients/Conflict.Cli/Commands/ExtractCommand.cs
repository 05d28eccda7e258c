using System.CommandLine;
using Conflict.Claims.V1;
using Conflict.Cli.Cli;
using Conflict.Cli.Commands.Claims;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Conflict.Client.Extraction;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands;

/// <summary>
/// <c>conflict extract FILE</c>: the claims the extractor finds in an article, without storing anything. With a suite
/// the Claims service extracts (its catalog, with measures created through the API) and names resolve to sources;
/// without one (<c>--offline</c>, or no Claims service answering) the extraction library runs here with the shipped
/// catalog and claimants stay as written.
/// </summary>
internal sealed class ExtractCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _file = new("file") { Description = "The article (UTF-8 text)." };
    private readonly ArticleOptions _article = new();
    private readonly Option<string> _format = new("--format", "-f") { Description = "jsonl (one claim per line) or table.", DefaultValueFactory = _ => "table" };
    private readonly Option<bool> _offline = new("--offline") { Description = "Extract here with the shipped catalog, without a suite (claimants stay as written)." };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", HelpText.With(
            "Extract claims from an article (English or French) without storing them.",
            "conflict extract article.txt --published 2024-08-13 --language en --publisher \"Agence France-Presse\"",
            "conflict extract demo/articles/01-kyiv-claims-en.txt --format jsonl",
            "conflict extract article.txt --offline   # no suite needed"))
        {
            _file, _format, _offline,
        };
        _article.AddTo(command);
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var path = parse.GetValue(_file)!;
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }
        var document = ArticleLoader.Load(path, _article.Read(parse));
        using var clients = globals.Clients(parse, cli);
        var response = parse.GetValue(_offline) ? Offline(document) : await ExtractWithSuiteAsync(clients, document, ct);
        var names = new SpeakerNames(clients.Sources);
        var rows = new List<(Claim Claim, string Claimant, string Reporter)>();
        foreach (var claim in response.Claims)
        {
            rows.Add((claim, await names.NameAsync(claim.Claimant, claim.ClaimantText, ct), await names.NameAsync(claim.Reporter, claim.ReporterText, ct)));
        }
        if (parse.GetValue(_format) == "jsonl")
        {
            rows.ForEach(r => cli.Out.WriteLine(ClaimJsonLine.Format(r.Claim, r.Claimant, r.Reporter)));
        }
        else if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, response);
        }
        else
        {
            WriteTable(rows);
        }
        return ExitCodes.Ok;
    }

    private async Task<ExtractClaimsResponse> ExtractWithSuiteAsync(ConflictClients clients, Document document, CancellationToken ct)
    {
        try
        {
            return await clients.Claims.ExtractClaimsAsync(new ExtractClaimsRequest
            {
                Text = document.Text,
                Language = document.Language,
                PublishTime = document.PublishTime,
                Publisher = document.Publisher,
            }, ct.Call());
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.Unavailable)
        {
            cli.Err.WriteLine("no Claims service answered: extracting here with the shipped catalog; claimants stay as written.");
            return Offline(document);
        }
    }

    /// <summary>The extraction library, run here: the shipped catalog, names as written.</summary>
    private static ExtractClaimsResponse Offline(Document document)
    {
        var published = DateOnly.FromDateTime(document.PublishTime.ToDateTime());
        var response = new ExtractClaimsResponse();
        foreach (var found in Conflict.Extraction.ClaimExtractor.For(Conflict.Extraction.Catalog.MeasureCatalogFile.Default)
            .Extract(document.Text, document.Language, published, document.Publisher))
        {
            response.Claims.Add(ExtractedClaimMapping.ToClaim(found, ""));
        }
        return response;
    }

    private void WriteTable(List<(Claim Claim, string Claimant, string Reporter)> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Variable", "As of", "Value", "Claimant", "Reporter", "Quote");
        foreach (var (claim, claimant, reporter) in rows)
        {
            table.AddRow(
                Markup.Escape(ClaimTable.Variable(claim)), Markup.Escape(ClaimTable.AsOf(claim)),
                Markup.Escape(QuantityText.Format(claim.NormalizedQuantity ?? claim.Quantity)),
                Markup.Escape(claimant), Markup.Escape(reporter), Markup.Escape(claim.Quote));
        }
        cli.Console.Write(table);
        cli.Out.WriteLine($"{rows.Count} claims found.");
    }
}
