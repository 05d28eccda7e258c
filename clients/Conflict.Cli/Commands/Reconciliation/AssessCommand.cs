using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;
using Spectre.Console;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary><c>conflict assess [SOURCE]</c>: the learned bias and noise of every source, or of one.</summary>
internal sealed class AssessCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string?> _source = new("source") { Description = "Source id or name; omit for every source.", Arity = ArgumentArity.ZeroOrOne };

    public Command Build()
    {
        var command = new Command("assess", HelpText.With(
            "Show what the reconciliation learned about sources: bias (as a factor on stated values) and noise.",
            "conflict assess",
            "conflict assess zelensky --json")) { _source };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var all = new ListSourceAssessmentsResponse();
        if (parse.GetValue(_source) is { Length: > 0 } source)
        {
            var one = await clients.Reconciliation.GetSourceAssessmentAsync(new GetSourceAssessmentRequest { Source = ResourceNames.Of("sources", source) }, ct.Call());
            if (globals.IsJson(parse))
            {
                JsonOutput.Write(cli.Out, one);
                return ExitCodes.Ok;
            }
            all.SourceAssessments.Add(one);
            all.SourceAssessments.AddRange(one.ByMeasure);
        }
        else
        {
            var request = new ListSourceAssessmentsRequest { PageSize = 1000 };
            do
            {
                var page = await clients.Reconciliation.ListSourceAssessmentsAsync(request, ct.Call());
                all.SourceAssessments.AddRange(page.SourceAssessments);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            if (globals.IsJson(parse))
            {
                JsonOutput.Write(cli.Out, all);
                return ExitCodes.Ok;
            }
        }
        cli.Console.Write(Build(all.SourceAssessments));
        return ExitCodes.Ok;
    }

    private static Table Build(IEnumerable<SourceAssessment> assessments)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("Source", "Party", "Measure", "Statements", "Bias", "90% interval", "Noise", "Accuracy", "Summary");
        foreach (var a in assessments)
        {
            table.AddRow(
                Markup.Escape(a.DisplayName.Length > 0 ? a.DisplayName : a.Source), Markup.Escape(a.AlignedParty),
                Markup.Escape(a.Measure.Length > 0 ? a.Measure : "(all)"),
                a.StatementCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "×" + Numbers.Display(a.BiasFactor), $"{Numbers.Display(a.BiasFactorLow)} – {Numbers.Display(a.BiasFactorHigh)}",
                a.NoiseHigh > 0 ? $"{Numbers.Display(a.Noise)} ({Numbers.Display(a.NoiseLow)} – {Numbers.Display(a.NoiseHigh)})" : Numbers.Display(a.Noise),
                a.Accuracy > 0 ? Numbers.Display(a.Accuracy) : "",
                Markup.Escape(a.Summary));
        }
        return table;
    }
}
