using Conflict.Cli.Cli;

namespace Conflict.Cli.Tests.Parsing;

public sealed class ServiceAddressesTests
{
    [Fact]
    public void Resolve_Nothing_UsesThePortsOfUp()
    {
        // Act
        var addresses = ServiceAddresses.Resolve([], _ => null);
        // Assert
        Assert.Equal(ServiceAddresses.Local(), addresses);
        Assert.Equal("http://127.0.0.1:5102", addresses.Claims);
    }

    [Fact]
    public void Resolve_HostAndEnvironmentAndNamed_NamedWinsThenEnvironmentThenHost()
    {
        // Arrange
        var environment = new Dictionary<string, string> { ["CONFLICT_CLAIMS"] = "http://claims.internal:9000", ["CONFLICT_SOURCES"] = "http://env-sources:1" };
        // Act
        var addresses = ServiceAddresses.Resolve(["http://10.0.0.5", "sources=http://named:2/"], n => environment.GetValueOrDefault(n));
        // Assert
        Assert.Equal("http://named:2", addresses.Sources);
        Assert.Equal("http://claims.internal:9000", addresses.Claims);
        Assert.Equal("http://10.0.0.5:5103", addresses.Reconciliation);
        Assert.Equal("http://10.0.0.5:5100", addresses.Gateway);
    }

    [Fact]
    public void Resolve_HostWithPort_KeepsThePortForEveryService()
    {
        // Act
        var addresses = ServiceAddresses.Resolve(["http://proxy:8443"], _ => null);
        // Assert
        Assert.Equal("http://proxy:8443", addresses.Sources);
        Assert.Equal("http://proxy:8443", addresses.Reconciliation);
    }
}
