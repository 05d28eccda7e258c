using System.CommandLine;
using Conflict.Cli.Cli;
using Conflict.Cli.Files;
using Conflict.Cli.Formatting;
using Conflict.Client;
using Conflict.Reconciliation.V1;

namespace Conflict.Cli.Commands.Reconciliation;

/// <summary>
/// <c>conflict fuse --input claims.tsv --output truths.tsv</c>: static truth discovery over a plain
/// (object, source, value) file, streamed to FuseClaims.
/// </summary>
internal sealed class FuseCommand(CliContext cli, GlobalOptions globals)
{
    private readonly Option<string> _input = new("--input", "-i") { Description = "Claims TSV with a header ('-' for stdin).", Required = true };
    private readonly Option<string> _columns = new("--columns") { Description = "Header names of the object, source and value columns.", DefaultValueFactory = _ => "object,source,value" };
    private readonly Option<bool> _noHeader = new("--no-header") { Description = "The input has no header: the first three columns are object, source, value." };
    private readonly Option<string?> _method = new("--method") { Description = MethodNames.Description };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Where to write object<TAB>value<TAB>low<TAB>high (default: stdout)." };

    public Command Build()
    {
        var command = new Command("fuse", HelpText.With(
            "Fuse a plain claims file without time: one value per object, weighing sources by how often they agree.",
            "conflict fuse --input claims.tsv --columns object,source,value --output truths.tsv",
            "conflict fuse --input books.tsv --columns isbn,seller,authors --method crh"))
        {
            _input, _columns, _noHeader, _method, _output,
        };
        command.SetRunner(cli, RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var input = parse.GetValue(_input)!;
        if (input != "-" && !File.Exists(input))
        {
            throw new CliException($"{input}: no such file.");
        }
        var columns = parse.GetValue(_columns)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var method = MethodNames.Parse(parse.GetValue(_method));
        using var reader = input == "-" ? TextReader.Synchronized(Console.In) : new StreamReader(input);
        using var clients = globals.Clients(parse, cli);
        using var call = clients.Reconciliation.FuseClaims(ct.Call());
        var first = true;
        foreach (var rows in Batches.Of(FuseInput.Read(reader, columns, !parse.GetValue(_noHeader))))
        {
            // The method travels in the first message only.
            await call.RequestStream.WriteAsync(new FuseClaimsRequest { Method = first ? method : Method.Unspecified, Rows = { rows } }, ct);
            first = false;
        }
        await call.RequestStream.CompleteAsync();
        var response = await call.ResponseAsync;
        await WriteAsync(parse, response);
        return ExitCodes.Ok;
    }

    private async Task WriteAsync(ParseResult parse, FuseClaimsResponse response)
    {
        if (parse.GetValue(_output) is { Length: > 0 } output)
        {
            await using var writer = new StreamWriter(output);
            FuseOutput.Write(writer, response);
            cli.Out.WriteLine($"{response.Values.Count} objects fused from {response.Sources.Sum(s => s.ClaimCount)} claims by {response.Sources.Count} sources: {output}");
        }
        else if (globals.IsJson(parse))
        {
            JsonOutput.Write(cli.Out, response);
        }
        else
        {
            FuseOutput.Write(cli.Out, response);
        }
    }
}
