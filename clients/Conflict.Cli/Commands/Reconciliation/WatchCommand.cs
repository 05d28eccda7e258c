using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Reconciliation.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary><c>conflict watch VARIABLE</c>: prints the timeline now and a line each time it changes, until Ctrl+C.</summary>
internal sealed class WatchCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _variable = new("variable") { Description = "measure/party/place, e.g. area_controlled/ua/RU-KRS." };
    private readonly Option<string?> _method = new("--method") { Description = MethodNames.Description };
    private readonly Option<int> _count = new("--count") { Description = "Stop after this many updates (0 = until Ctrl+C).", DefaultValueFactory = _ => 0 };

    public Command Build()
    {
        var command = new Command("watch", HelpText.With(
            "Watch a timeline: print it now and each time new claims change it, until Ctrl+C. With --json, one timeline per line.",
            "conflict watch area_controlled/ua/RU-KRS",
            "conflict watch localities_controlled/ua/RU-KRS --json --count 2")) { _variable, _method, _count };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var clients = globals.Clients(parse, cli);
        var request = new WatchTimelineRequest { Variable = parse.GetValue(_variable)!, Method = MethodNames.Parse(parse.GetValue(_method)) };
        using var call = clients.Reconciliation.WatchTimeline(request, ct.Call());
        var count = parse.GetValue(_count);
        var seen = 0;
        while (await call.ResponseStream.MoveNext(ct))
        {
            var timeline = call.ResponseStream.Current;
            if (globals.IsJson(parse))
            {
                JsonOutput.WriteLine(cli.Out, timeline);
            }
            else
            {
                cli.Out.WriteLine(Line(timeline));
            }
            await cli.Out.FlushAsync(ct);
            if (++seen == count)
            {
                break;
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>One line per revision: the latest estimate and how much evidence is behind the timeline.</summary>
    public static string Line(Timeline timeline)
    {
        var stamp = timeline.UpdateTime?.ToDateTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        if (timeline.Points.Count == 0)
        {
            return $"{stamp} revision {timeline.Revision}: no estimate yet";
        }
        var last = timeline.Points[^1];
        return $"{stamp} revision {timeline.Revision}: {timeline.Variable} {Numbers.Display(last.Estimate)} {timeline.Unit} on {last.Date} "
            + $"(90% {TimelineTable.Interval(last)}), {timeline.Points.Count} days, {timeline.Evidence.Count} claims";
    }
}
