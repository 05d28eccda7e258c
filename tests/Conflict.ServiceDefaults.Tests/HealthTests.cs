using Conflict.ServiceDefaults.Health;
using Conflict.Testing;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>grpc.health.v1 over the readiness checks: SERVING only while every check tagged "ready" passes.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly Switch _dependency = new();
    private GrpcTestServer? _server;

    private Grpc.Health.V1.Health.HealthClient Client => new(_server!.CreateChannel());

    public async Task InitializeAsync() => _server = await GrpcTestServer.StartAsync(
        builder =>
        {
            builder.AddConflictDefaults();
            builder.Services.AddSingleton(_dependency);
            builder.Services.AddReadinessCheck<SwitchCheck>("dependency");
        },
        app =>
        {
            app.MapConflictDefaults();
            app.MapConflictService<EchoService>(Conflict.Grpctest.V1.TestService.Descriptor);
        });

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("conflict.grpctest.v1.TestService")]
    public async Task Check_ServerOrMappedService_ServingOnceChecksRan(string service)
    {
        // Act
        var watched = await HealthWatch.UntilAsync(_server!.CreateChannel(), ServingStatus.Serving, service);
        var response = await Client.CheckAsync(new HealthCheckRequest { Service = service });
        // Assert
        Assert.Equal(ServingStatus.Serving, watched);
        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Check_UnknownService_IsNotFound()
    {
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Client.CheckAsync(new HealthCheckRequest { Service = "no.Such" }));
        // Assert
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task Check_DependencyDownThenBack_NotServingThenServingWithinSeconds()
    {
        // Act
        await HealthWatch.UntilAsync(_server!.CreateChannel(), ServingStatus.Serving);
        _dependency.Up = false;
        var down = await CheckUntilAsync(ServingStatus.NotServing);
        _dependency.Up = true;
        var up = await CheckUntilAsync(ServingStatus.Serving);
        // Assert
        Assert.Equal(ServingStatus.NotServing, down);
        Assert.Equal(ServingStatus.Serving, up);
    }

    /// <summary>Checks every 100 ms until the status is <paramref name="wanted"/> or three check periods passed.</summary>
    private async Task<ServingStatus> CheckUntilAsync(ServingStatus wanted)
    {
        var deadline = DateTime.UtcNow + HealthExtensions.Period * 3;
        while (true)
        {
            var status = (await Client.CheckAsync(new HealthCheckRequest())).Status;
            if (status == wanted || DateTime.UtcNow > deadline)
            {
                return status;
            }
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Watch_DependencyGoesDown_StreamsNotServingWithinSeconds()
    {
        // Arrange
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var call = Client.Watch(new HealthCheckRequest(), cancellationToken: cancel.Token);
        var first = ServingStatus.NotServing;
        while (first != ServingStatus.Serving && await call.ResponseStream.MoveNext(cancel.Token))
        {
            first = call.ResponseStream.Current.Status; // NOT_SERVING until the checks first ran
        }
        var started = DateTime.UtcNow;
        // Act
        _dependency.Up = false;
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        var noticed = DateTime.UtcNow - started;
        var second = call.ResponseStream.Current.Status;
        _dependency.Up = true;
        Assert.True(await call.ResponseStream.MoveNext(cancel.Token));
        // Assert
        Assert.Equal(ServingStatus.Serving, first);
        Assert.Equal(ServingStatus.NotServing, second);
        Assert.Equal(ServingStatus.Serving, call.ResponseStream.Current.Status);
        Assert.True(noticed < HealthExtensions.Period * 3, $"noticed after {noticed}");
    }

    private sealed class Switch
    {
        public volatile bool Up = true;
    }

    private sealed class SwitchCheck(Switch dependency) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(dependency.Up ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("switched off"));
    }
}
