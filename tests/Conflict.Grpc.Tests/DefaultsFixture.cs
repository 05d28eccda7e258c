using Conflict.ServiceDefaults;
using Conflict.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Tests;

/// <summary>The test service behind AddConflictDefaults/MapConflictDefaults: health, reflection, call logging.</summary>
public sealed class DefaultsFixture : IAsyncLifetime
{
    private GrpcTestServer? _server;

    public GrpcTestServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await GrpcTestServer.StartAsync(
        builder =>
        {
            builder.AddConflictDefaults();
            builder.Services.AddSingleton<CallProbe>();
        },
        app =>
        {
            app.MapConflictDefaults();
            app.MapGrpcService<TestService>(TestServiceClient.Descriptor);
        });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
