using System.CommandLine;
using System.Globalization;
using Conflict.Cli.Cli;
using Conflict.Client.Auth;

namespace Conflict.Cli.Commands;

/// <summary><c>conflict tokens create</c>: issues a bearer token signed with the suite's key.</summary>
internal sealed class TokensCommand(CliContext cli)
{
    private readonly Option<string> _role = new("--role") { Description = "reader, writer or admin.", Required = true };
    private readonly Option<string> _name = new("--name") { Description = "The principal: recorded as creator or updater of what the token writes.", Required = true };
    private readonly Option<string> _expires = new("--expires") { Description = "Lifetime: 30d, 12h, 90m, or never.", DefaultValueFactory = _ => "90d" };
    private readonly Option<string?> _keyFile = new("--key-file") { Description = "The signing key (default: the local suite's, else data/signing.key)." };

    public Command Build()
    {
        _role.AcceptOnlyFromAmong([.. ConflictRoles.All]);
        var create = new Command("create", HelpText.With(
            "Print a new token (only the token, on stdout) for a person or a program. Give it to them; they pass it with "
            + "--token or CONFLICT_TOKEN, or as `Authorization: Bearer <token>` over HTTP and gRPC.",
            "conflict tokens create --role writer --name newsroom-importer --expires 30d",
            "export CONFLICT_TOKEN=$(conflict tokens create --role reader --name analyst)"))
        {
            _role, _name, _expires, _keyFile,
        };
        create.SetRunner(cli, RunAsync);
        return new Command("tokens", HelpText.With("Issue bearer tokens for the suite.", "conflict tokens create --role writer --name NAME")) { create };
    }

    private Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var keyFile = parse.GetValue(_keyFile)
            ?? LocalSuite.Find(cli.Environment)?.KeyFile
            ?? Path.Combine("data", LocalSuite.KeyFileName);
        if (!File.Exists(keyFile))
        {
            throw new CliException($"no signing key at {keyFile}: pass --key-file, or run `conflict up` once to make one.");
        }
        var lifetime = ParseLifetime(parse.GetValue(_expires)!);
        var name = parse.GetValue(_name)!;
        var role = parse.GetValue(_role)!;
        var token = ConflictTokens.Create(File.ReadAllText(keyFile).Trim(), name, role, lifetime);
        cli.Out.WriteLine(token);
        var until = lifetime is { } span ? "until " + (DateTimeOffset.UtcNow + span).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "with no expiry";
        cli.Err.WriteLine($"token for '{name}', role {role}, valid {until}, signed with {keyFile}");
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>A lifetime such as 30d, 12h or 90m; null for never.</summary>
    internal static TimeSpan? ParseLifetime(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value == "never")
        {
            return null;
        }
        if (value.Length >= 2 && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            switch (value[^1])
            {
                case 'd': return TimeSpan.FromDays(count);
                case 'h': return TimeSpan.FromHours(count);
                case 'm': return TimeSpan.FromMinutes(count);
            }
        }
        throw CliException.Usage($"--expires: '{text}' is not a lifetime such as 30d, 12h, 90m or never.");
    }
}
