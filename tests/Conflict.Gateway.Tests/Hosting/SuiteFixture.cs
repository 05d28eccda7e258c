using Conflict.Claims.V1;
using Conflict.Gateway.Tests.Fakes;
using Conflict.Reconciliation.V1;
using Conflict.Sources.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;

namespace Conflict.Gateway.Tests.Hosting;

/// <summary>
/// The three services (fakes over one demo world, each on its own port) and the gateway in front.
/// Tests that stop a service create their own instance; the others share one per test class.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    internal DemoWorld World { get; } = new();

    internal BackendHost Sources { get; private set; } = null!;

    internal BackendHost Claims { get; private set; } = null!;

    internal BackendHost Reconciliation { get; private set; } = null!;

    internal GatewayHost Gateway { get; private set; } = null!;

    public HttpClient Http => Gateway.Http;

    public async Task InitializeAsync()
    {
        Sources = await BackendHost.StartAsync(World, Map<FakeSourcesService>());
        Claims = await BackendHost.StartAsync(World, Map<FakeClaimsService>());
        Reconciliation = await BackendHost.StartAsync(World, Map<FakeReconciliationService>());
        Gateway = await GatewayHost.StartAsync(Sources.Address, Claims.Address, Reconciliation.Address);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Reconciliation.DisposeAsync();
        await Claims.DisposeAsync();
        await Sources.DisposeAsync();
    }

    private static Action<WebApplication> Map<TService>()
        where TService : class
        => app =>
        {
            app.MapGrpcService<TService>();
            app.MapGrpcService<FakeHealthService>();
        };
}
