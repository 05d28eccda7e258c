using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary><c>conflict timeline VARIABLE</c>: the reconciled timeline as a table, JSON, CSV or a terminal chart.</summary>
internal sealed class TimelineCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _variable = new("variable") { Description = "measure/party/place, e.g. area_controlled/ua/RU-KRS ('-' for no party)." };
    private readonly Option<string?> _from = new("--from") { Description = "First day (YYYY-MM-DD)." };
    private readonly Option<string?> _to = new("--to") { Description = "Last day (YYYY-MM-DD); past the last evidence the estimate carries forward with a widening interval." };
    private readonly Option<string?> _method = new("--method") { Description = MethodNames.Description };
    private readonly Option<bool> _grid = new("--grid") { Description = "Also show every day between the days with evidence." };
    private readonly Option<string> _format = new("--format", "-f") { Description = "table, json, csv or chart.", DefaultValueFactory = _ => "table" };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong("table", "json", "csv", "chart");
        var command = new Command("timeline", HelpText.With(
            "Show the reconciled timeline of a variable: per day an estimate and its 90% credible interval.",
            "conflict timeline area_controlled/ua/RU-KRS",
            "conflict timeline area_controlled/ua/RU-KRS --format chart",
            "conflict timeline localities_controlled/ua/RU-KRS --from 2024-08-10 --to 2024-08-31 --method median --format csv"))
        {
            _variable, _from, _to, _method, _grid, _format,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var request = new GetTimelineRequest
        {
            Variable = parse.GetValue(_variable)!,
            StartDate = Dates.Day(parse.GetValue(_from), "--from"),
            EndDate = Dates.Day(parse.GetValue(_to), "--to"),
            Method = MethodNames.Parse(parse.GetValue(_method)),
            DailyGrid = parse.GetValue(_grid),
        };
        using var clients = globals.Clients(parse, cli);
        var timeline = await clients.Reconciliation.GetTimelineAsync(request, ct.Call());
        Write(cli, globals.IsJson(parse) ? "json" : parse.GetValue(_format)!, timeline);
        return ExitCodes.Ok;
    }

    public static void Write(CliContext cli, string format, Timeline timeline)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(cli.Out, timeline);
                break;
            case "csv":
                TimelineCsv.Write(cli.Out, timeline);
                break;
            case "chart":
                foreach (var line in TimelineChart.Render(timeline, Math.Clamp(cli.Console.Profile.Width - 14, 20, 120)))
                {
                    cli.Out.WriteLine(line);
                }
                break;
            default:
                TimelineTable.Write(cli.Console, timeline);
                break;
        }
    }
}
