using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources list</c>: every source, page after page, with optional filters.</summary>
internal sealed class SourcesListCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Option<string?> _kind = new("--kind", "-k") { Description = "Only this kind." };
    private readonly Option<string?> _party = new("--party") { Description = "Only sources aligned with this party (none = independent)." };
    private readonly Option<string?> _country = new("--country") { Description = "Only this country." };
    private readonly Option<string?> _prefix = new("--prefix") { Description = "Only names or aliases starting with this text." };
    private readonly Option<bool> _deleted = new("--deleted") { Description = "Include soft-deleted sources." };
    private readonly Option<int> _limit = new("--limit", "-n") { Description = "At most this many (0 = all).", DefaultValueFactory = _ => 0 };

    public Command Build()
    {
        var command = new Command("list", HelpText.With(
            "List sources in id order.",
            "conflict sources list",
            "conflict sources list --kind news-agency --json"))
        {
            _kind, _party, _country, _prefix, _deleted, _limit,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var request = new ListSourcesRequest
        {
            Kind = SourceKinds.Parse(parse.GetValue(_kind)),
            AlignedParty = parse.GetValue(_party) ?? "",
            Country = parse.GetValue(_country) ?? "",
            NamePrefix = parse.GetValue(_prefix) ?? "",
            ShowDeleted = parse.GetValue(_deleted),
        };
        var limit = parse.GetValue(_limit);
        using var clients = globals.Clients(parse, cli);
        var all = new ListSourcesResponse();
        do
        {
            var page = await clients.Sources.ListSourcesAsync(request, ct.Call());
            all.Sources.AddRange(page.Sources);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0 && (limit <= 0 || all.Sources.Count < limit));
        if (limit > 0 && all.Sources.Count > limit)
        {
            var kept = all.Sources.Take(limit).ToList();
            all.Sources.Clear();
            all.Sources.AddRange(kept);
        }
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, all);
        }
        else
        {
            SourceTable.Write(cli.Console, all.Sources);
        }
        return ExitCodes.Ok;
    }
}
