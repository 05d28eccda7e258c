using Conflict.Claims;
using Conflict.Reconciliation;
using Conflict.Sources;
using Conflict.Testing;

namespace Conflict.Gateway.Tests.Hosting;

/// <summary>
/// The real services (Sources, Claims, Reconciliation following both feeds; real Kestrel, SQLite files in
/// temporary directories) behind the gateway.
/// </summary>
public sealed class RealSuiteFixture : IAsyncLifetime
{
    private ServiceHost<SourcesServiceMarker> SourcesHost { get; } = new();

    private ServiceHost<ClaimsServiceMarker> ClaimsHost { get; } = new();

    private ServiceHost<ReconciliationServiceMarker> ReconciliationHost { get; } = new();

    internal GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Http => Gateway.Http;

    public async Task InitializeAsync()
    {
        var sources = Trim(SourcesHost.Address);
        ClaimsHost.UseSetting("Services:Sources", sources);
        var claims = Trim(ClaimsHost.Address);
        ReconciliationHost.UseSetting("Services:Sources", sources).UseSetting("Services:Claims", claims);
        Gateway = await GatewayHost.StartAsync(sources, claims, Trim(ReconciliationHost.Address));
        await WaitUntilReadyAsync();
    }

    /// <summary>
    /// Waits, as a deployment does, until every service reports SERVING: each is NOT_SERVING until its readiness
    /// checks have run (every 2 s) and found what it depends on (Claims needs Sources, Reconciliation its feeds).
    /// </summary>
    private async Task WaitUntilReadyAsync()
    {
        using var response = await Http.EventuallyOkAsync("/readyz", TimeSpan.FromSeconds(30));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException("The suite did not get ready: " + await response.Content.ReadAsStringAsync());
        }
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        ReconciliationHost.Dispose();
        ClaimsHost.Dispose();
        SourcesHost.Dispose();
    }

    private static string Trim(Uri address) => address.ToString().TrimEnd('/');
}
