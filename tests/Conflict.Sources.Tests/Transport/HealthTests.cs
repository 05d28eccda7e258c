using Conflict.Sources.Tests.Support;
using Conflict.Testing;
using Grpc.Health.V1;

namespace Conflict.Sources.Tests.Transport;

/// <summary>The standard health service reports the Sources service as serving once its readiness checks ran.</summary>
public sealed class HealthTests(SourcesHost host) : IClassFixture<SourcesHost>
{
    [Fact]
    public async Task Watch_SourcesService_BecomesServing()
    {
        // Act
        var status = await HealthWatch.UntilAsync(host.Host.CreateChannel(), HealthCheckResponse.Types.ServingStatus.Serving, "conflict.sources.v1.SourcesService");
        // Assert
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, status);
    }
}
