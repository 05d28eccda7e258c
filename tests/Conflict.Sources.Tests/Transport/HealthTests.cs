using Conflict.Sources.Tests.Support;
using Grpc.Core;
using Grpc.Health.V1;

namespace Conflict.Sources.Tests.Transport;

/// <summary>The standard health service reports the Sources service as serving.</summary>
public sealed class HealthTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task Check_SourcesService_IsServing()
    {
        // Arrange
        var health = new Health.HealthClient(host.Host.CreateChannel());
        // Act
        var response = await health.CheckAsync(new HealthCheckRequest { Service = "conflict.sources.v1.SourcesService" });
        // Assert
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }
}
