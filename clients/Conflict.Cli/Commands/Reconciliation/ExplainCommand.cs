using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary><c>conflict explain VARIABLE DATE</c>: why one day's estimate is what it is.</summary>
internal sealed class ExplainCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _variable = new("variable") { Description = "measure/party/place, e.g. area_controlled/ua/RU-KRS." };
    private readonly Argument<string> _date = new("date") { Description = "The day (YYYY-MM-DD)." };
    private readonly Option<string?> _method = new("--method") { Description = MethodNames.Description };

    public Command Build()
    {
        var command = new Command("explain", HelpText.With(
            "Explain one day's estimate: the claims behind it, their weights and residuals.",
            "conflict explain area_controlled/ua/RU-KRS 2024-08-20",
            "conflict explain localities_controlled/ua/RU-KRS 2024-08-15 --json"))
        {
            _variable, _date, _method,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var date = Dates.Day(parse.GetValue(_date), "date");
        using var clients = globals.Clients(parse, cli);
        var response = await clients.Reconciliation.ExplainEstimateAsync(new ExplainEstimateRequest
        {
            Variable = parse.GetValue(_variable)!,
            Date = date,
            Method = MethodNames.Parse(parse.GetValue(_method)),
        }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, response);
            return ExitCodes.Ok;
        }
        if (response.Point is { } point)
        {
            cli.Out.WriteLine($"{parse.GetValue(_variable)} on {point.Date}: {Numbers.Display(point.Estimate)} (90% interval {TimelineTable.Interval(point)}), {point.StatementCount} statements.");
        }
        if (response.Summary.Length > 0)
        {
            cli.Out.WriteLine(response.Summary);
        }
        cli.Console.Write(EvidenceTable.Build(response.Evidence));
        return ExitCodes.Ok;
    }
}
