using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Formatting;
using Conflict.Sources.V1;
using Grpc.Core;

namespace Conflict.Cli.Commands.Sources;

/// <summary><c>conflict sources add NAME --kind KIND [...]</c>: creates a source.</summary>
internal sealed class SourcesAddCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Argument<string> _displayName = new("display-name") { Description = "Name to display, e.g. \"Oleksandr Syrskyi\"." };
    private readonly Option<string> _kind = new("--kind", "-k") { Description = "Kind: " + string.Join(", ", SourceKinds.Choices) + ".", Required = true };
    private readonly Option<string?> _id = new("--id") { Description = "Id (lower-case letters, digits, hyphens); generated when omitted." };
    private readonly Option<string?> _country = new("--country") { Description = "ISO 3166-1 alpha-2 country, e.g. UA." };
    private readonly Option<string?> _party = new("--party") { Description = "Party the source is aligned with: ua, ru, ... (omit for independent)." };
    private readonly Option<string?> _parent = new("--parent") { Description = "Parent source id or name, e.g. sources/armed-forces-of-ukraine." };
    private readonly Option<string[]> _aliases = new("--alias", "-a") { Description = "Another name; NAME or NAME@LANG (repeatable).", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _grade = new("--grade") { Description = "Prior reliability grade, A to F." };
    private readonly Option<string?> _description = new("--description") { Description = "Free text about the source." };

    public Command Build()
    {
        var command = new Command("add", HelpText.With(
            "Create a source.",
            "conflict sources add \"Oleksandr Syrskyi\" --kind military --country UA --party ua --alias Syrsky --alias Syrskyi@uk",
            "conflict sources add \"Agence France-Presse\" --id afp --kind news-agency --country FR --alias AFP"))
        {
            _displayName, _kind, _id, _country, _party, _parent, _aliases, _grade, _description,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var source = new Source
        {
            DisplayName = parse.GetValue(_displayName)!,
            Kind = SourceKinds.Parse(parse.GetValue(_kind)),
            Country = parse.GetValue(_country)?.ToUpperInvariant() ?? "",
            AlignedParty = parse.GetValue(_party)?.ToLowerInvariant() ?? "",
            Parent = parse.GetValue(_parent) is { Length: > 0 } parent ? ResourceNames.Of("sources", parent) : "",
            PriorGrade = SourceKinds.ParseGrade(parse.GetValue(_grade)),
            Description = parse.GetValue(_description) ?? "",
        };
        foreach (var alias in parse.GetValue(_aliases) ?? [])
        {
            var at = alias.LastIndexOf('@');
            source.Aliases.Add(at > 0 ? new Alias { Name = alias[..at], Language = alias[(at + 1)..] } : new Alias { Name = alias });
        }
        using var clients = globals.Clients(parse, cli);
        var created = await clients.Sources.CreateSourceAsync(new CreateSourceRequest { Source = source, SourceId = parse.GetValue(_id) ?? "" }, ct.Call());
        if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, created);
        }
        else
        {
            cli.Out.WriteLine($"Created {created.Name} ({created.DisplayName}).");
        }
        return ExitCodes.Ok;
    }
}
