using Conflict.Claims;
using Conflict.Gateway.Tests.Fakes;
using Conflict.Grpc;
using Conflict.Reconciliation.V1;
using Conflict.Sources;
using Conflict.Testing;
using Grpc.Health.V1;

namespace Conflict.Gateway.Tests.Hosting;

/// <summary>
/// The real Sources and Claims services (real Kestrel, SQLite files in a temporary directory) behind the
/// gateway. Reconciliation stays a fake until the real service lands.
/// </summary>
public sealed class RealSuiteFixture : IAsyncLifetime
{
    private ServiceHost<SourcesServiceMarker> SourcesHost { get; } = new();

    private ServiceHost<ClaimsServiceMarker> ClaimsHost { get; } = new();

    private BackendHost _reconciliation = null!;

    internal GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Http => Gateway.Http;

    public async Task InitializeAsync()
    {
        ClaimsHost.UseSetting("Services:Sources", SourcesHost.Address.ToString());
        _reconciliation = await BackendHost.StartAsync(new DemoWorld(), app =>
        {
            app.MapGrpcService<FakeReconciliationService>(ReconciliationServiceClient.Descriptor);
            app.MapGrpcService<FakeHealthService>(HealthClient.Descriptor);
        });
        Gateway = await GatewayHost.StartAsync(Trim(SourcesHost.Address), Trim(ClaimsHost.Address), _reconciliation.Address);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await _reconciliation.DisposeAsync();
        ClaimsHost.Dispose();
        SourcesHost.Dispose();
    }

    private static string Trim(Uri address) => address.ToString().TrimEnd('/');
}
