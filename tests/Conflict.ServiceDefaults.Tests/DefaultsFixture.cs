using Conflict.Grpctest.V1;
using Conflict.ServiceDefaults;
using Conflict.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>The test service behind AddConflictDefaults/MapConflictDefaults: health, reflection, call logging.</summary>
public sealed class DefaultsFixture : IAsyncLifetime
{
    private GrpcTestServer? _server;

    public GrpcTestServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await GrpcTestServer.StartAsync(
        builder => builder.AddConflictDefaults(),
        app =>
        {
            app.MapConflictDefaults();
            app.MapConflictService<EchoService>(TestService.Descriptor);
        });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
