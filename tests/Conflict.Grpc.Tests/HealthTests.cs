using Conflict.ServiceDefaults;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.Grpc.Tests;

public sealed class HealthTests(DefaultsFixture fixture) : IClassFixture<DefaultsFixture>
{
    [Theory]
    [InlineData("")]
    [InlineData("conflict.grpctest.v1.TestService")]
    [InlineData("grpc.health.v1.Health")]
    public async Task Check_MappedServiceOrServer_IsServing(string service)
    {
        // Arrange
        var client = new HealthClient(fixture.Server.CreateChannel());
        // Act
        var response = await client.CheckAsync(new HealthCheckRequest { Service = service });
        // Assert
        Assert.Equal(ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Check_UnknownService_IsNotFound()
    {
        // Arrange
        var client = new HealthClient(fixture.Server.CreateChannel());
        // Act
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.CheckAsync(new HealthCheckRequest { Service = "no.Such" }));
        // Assert
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task Watch_StatusFlips_StreamsCurrentThenEachChange()
    {
        // Arrange
        const string Name = "test.Flipping";
        var registry = fixture.Server.Services.GetRequiredService<HealthStatusRegistry>();
        registry.SetStatus(Name, ServingStatus.Serving);
        var client = new HealthClient(fixture.Server.CreateChannel());
        using var call = client.Watch(new HealthCheckRequest { Service = Name });
        // Act
        Assert.True(await call.ResponseStream.MoveNext());
        var first = call.ResponseStream.Current.Status;
        registry.SetStatus(Name, ServingStatus.NotServing);
        Assert.True(await call.ResponseStream.MoveNext());
        var second = call.ResponseStream.Current.Status;
        // Assert
        Assert.Equal(ServingStatus.Serving, first);
        Assert.Equal(ServingStatus.NotServing, second);
    }

    [Fact]
    public async Task Watch_UnknownService_SaysServiceUnknown()
    {
        // Arrange
        var client = new HealthClient(fixture.Server.CreateChannel());
        using var call = client.Watch(new HealthCheckRequest { Service = "not.Yet" });
        // Act
        Assert.True(await call.ResponseStream.MoveNext());
        // Assert
        Assert.Equal(ServingStatus.ServiceUnknown, call.ResponseStream.Current.Status);
    }
}
