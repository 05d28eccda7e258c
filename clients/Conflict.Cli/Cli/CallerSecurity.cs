using Conflict.Client.Auth;

namespace Conflict.Cli.Cli;

/// <summary>
/// What the CLI presents to each address: <c>--token</c>, else <c>CONFLICT_TOKEN</c>, else, for the addresses of the
/// suite <c>conflict up</c> runs here, that suite's admin token; and the CA it trusts for TLS: <c>--ca-file</c>, else
/// <c>CONFLICT_CA_FILE</c>, else the local suite's.
/// </summary>
internal sealed class CallerSecurity(string? token, string? caFile, LocalSuite? suite)
{
    public static CallerSecurity None { get; } = new(null, null, null);

    public static CallerSecurity Resolve(string? tokenOption, string? caOption, CliContext cli) => new(
        NonEmpty(tokenOption) ?? NonEmpty(cli.Environment("CONFLICT_TOKEN")),
        NonEmpty(caOption) ?? NonEmpty(cli.Environment("CONFLICT_CA_FILE")),
        LocalSuite.Find(cli.Environment));

    public static CallerSecurity ForSuite(LocalSuite suite) => new(null, null, suite);

    public ClientSecurity For(string address)
    {
        var local = suite is not null && suite.Serves(address) ? suite : null;
        var bearer = token ?? local?.ReadAdminToken();
        return ClientSecurity.WithToken(bearer, caFile ?? local?.CaFile);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
