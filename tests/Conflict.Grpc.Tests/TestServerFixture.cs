using Conflict.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflict.Grpc.Tests;

/// <summary>The test service on real Kestrel with default options, shared by a test class.</summary>
public sealed class TestServerFixture : IAsyncLifetime
{
    private GrpcTestServer? _server;

    public GrpcTestServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public CallProbe Probe => Server.Services.GetRequiredService<CallProbe>();

    internal TestServiceClient CreateClient(GrpcChannelOptions? options = null) => new(Server.CreateChannel(options));

    public async Task InitializeAsync() => _server = await StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Starts a server with the test service; <paramref name="configure"/> adjusts the layer's options.</summary>
    public static Task<GrpcTestServer> StartAsync(Action<GrpcServerOptions>? configure = null, Action<IServiceCollection>? services = null,
        System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null) =>
        GrpcTestServer.StartAsync(
            builder =>
            {
                builder.Services.AddGrpcLayer(configure);
                builder.Services.AddSingleton<CallProbe>();
                services?.Invoke(builder.Services);
            },
            app => app.MapGrpcService<TestService>(TestServiceClient.Descriptor),
            certificate);
}
