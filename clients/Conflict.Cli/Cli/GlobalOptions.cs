using System.CommandLine;

namespace Conflict.Cli.Cli;

/// <summary>Options every command accepts: where the services are and whether to print data as JSON.</summary>
internal sealed class GlobalOptions
{
    public Option<string[]> Server { get; } = new("--server", "-s")
    {
        Description = "Service address: 'http://host' for all services, or 'sources=URL', 'claims=URL', "
            + "'reconciliation=URL', 'gateway=URL' (repeatable). Default: CONFLICT_SOURCES, CONFLICT_CLAIMS, "
            + "CONFLICT_RECONCILIATION, CONFLICT_GATEWAY, else the local ports of `conflict up`.",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = "Bearer token to present (a writer's or admin's to change data). Default: CONFLICT_TOKEN, else, "
            + "for the suite `conflict up` runs on this machine, its admin token.",
        Recursive = true,
    };

    public Option<string?> CaFile { get; } = new("--ca-file")
    {
        Description = "PEM file of the CA to trust for https:// services. Default: CONFLICT_CA_FILE, else the local suite's (`up --tls`).",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print data as proto3 JSON instead of tables.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Server);
        root.Add(Token);
        root.Add(CaFile);
        root.Add(Json);
    }

    public ServiceAddresses Addresses(ParseResult parse, CliContext cli) =>
        ServiceAddresses.Resolve(parse.GetValue(Server) ?? [], cli.Environment);

    public CallerSecurity Security(ParseResult parse, CliContext cli) => CallerSecurity.Resolve(parse.GetValue(Token), parse.GetValue(CaFile), cli);

    public ConflictClients Clients(ParseResult parse, CliContext cli) => new(Addresses(parse, cli), Security(parse, cli), cli.ChannelFactory, cli.InvokerFactory);

    public bool IsJson(ParseResult parse) => parse.GetValue(Json);
}
