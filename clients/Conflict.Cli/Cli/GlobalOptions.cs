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

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print data as proto3 JSON instead of tables.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Add(Server);
        root.Add(Json);
    }

    public ServiceAddresses Addresses(ParseResult parse, CliContext cli) =>
        ServiceAddresses.Resolve(parse.GetValue(Server) ?? [], cli.Environment);

    public ConflictClients Clients(ParseResult parse, CliContext cli) => new(Addresses(parse, cli), cli.ChannelFactory, cli.InvokerFactory);

    public bool IsJson(ParseResult parse) => parse.GetValue(Json);
}
