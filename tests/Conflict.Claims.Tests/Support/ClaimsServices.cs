using Conflict.Claims.V1;
using Conflict.Sources;
using Conflict.Sources.V1;
using Conflict.Testing;
using Grpc.Core;

namespace Conflict.Claims.Tests.Support;

/// <summary>
/// A real Sources service and a real Claims service pointed at it, both on Kestrel with their own SQLite files.
/// Tests isolate their data by creating their own claimant (<see cref="NewClaimantAsync"/>) and filtering on it.
/// </summary>
public sealed class ClaimsServices : IAsyncLifetime
{
    public ServiceHost<SourcesServiceMarker> SourcesHost { get; } = new();

    public ServiceHost<ClaimsServiceMarker> ClaimsHost { get; } = new();

    public ClaimsService.ClaimsServiceClient Claims { get; private set; } = null!;

    public SourcesService.SourcesServiceClient Sources { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sources = new SourcesService.SourcesServiceClient(SourcesHost.CreateChannel());
        ClaimsHost.UseSetting("Services:Sources", SourcesHost.Address.ToString());
        Claims = new ClaimsService.ClaimsServiceClient(ClaimsHost.CreateChannel());
        foreach (var (id, name, alias) in new[] { ("afp", "Agence France-Presse", "AFP"), ("isw", "Institute for the Study of War", "ISW"), ("zelensky", "Volodymyr Zelensky", "Zelensky") })
        {
            await CreateSourceAsync(id, name, alias);
        }
    }

    /// <summary>A client of the Claims service whose calls carry a token for <paramref name="principal"/> with <paramref name="role"/>.</summary>
    public ClaimsService.ClaimsServiceClient ClaimsAs(string principal, string role)
        => new(ClaimsHost.CreateChannel(security: TestTokens.As(TestTokens.Create(principal, role))));

    /// <summary>Restarts the Claims service on its files and takes a new client (the port changes).</summary>
    public void RestartClaims()
    {
        ClaimsHost.Restart();
        Claims = new ClaimsService.ClaimsServiceClient(ClaimsHost.CreateChannel());
    }

    /// <summary>A fresh source, so that a test can filter the claims it made by claimant.</summary>
    public async Task<string> NewClaimantAsync()
    {
        var id = "t" + Guid.NewGuid().ToString("N")[..12];
        await CreateSourceAsync(id, "Speaker " + id, "");
        return "sources/" + id;
    }

    public Task DisposeAsync()
    {
        ClaimsHost.Dispose();
        SourcesHost.Dispose();
        return Task.CompletedTask;
    }

    private async Task CreateSourceAsync(string id, string name, string alias)
    {
        var source = new Source { DisplayName = name, Kind = SourceKind.GovernmentBody, Country = "UA" };
        if (alias.Length > 0)
        {
            source.Aliases.Add(new Alias { Name = alias });
        }
        await Sources.CreateSourceAsync(new CreateSourceRequest { SourceId = id, Source = source });
    }
}
