using Conflict.ServiceDefaults.Storage;
using Conflict.Testing;
using Conflict.Testing.Sample;
using Dapper;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Conflict.ServiceDefaults.Tests;

public sealed class ServiceHostTests
{
    [Fact]
    public async Task ServiceHost_SampleService_ServesHealthOverRealKestrel()
    {
        // Arrange
        using var host = new ServiceHost<SampleServiceMarker>().UseDatabase("Sample");
        // Act
        var status = await HealthWatch.UntilAsync(host.CreateChannel(), ServingStatus.Serving);
        // Assert
        Assert.Equal("127.0.0.1", host.Address.Host);
        Assert.Equal(ServingStatus.Serving, status);
    }

    [Fact]
    public async Task ServiceHost_Restart_KeepsTheSameDatabaseFile()
    {
        // Arrange
        using var host = new ServiceHost<SampleServiceMarker>().UseDatabase("Sample");
        await using (var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition("INSERT INTO notes (id, body) VALUES (@id, @body)", new { id = "n1", body = "kept" }));
        }
        // Act
        host.Restart();
        string? body;
        await using (var connection = await host.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            body = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition("SELECT body FROM notes WHERE id = @id", new { id = "n1" }));
        }
        var health = await HealthWatch.UntilAsync(host.CreateChannel(), ServingStatus.Serving);
        // Assert
        Assert.Equal("kept", body);
        Assert.Equal(ServingStatus.Serving, health);
        Assert.True(File.Exists(host.DataDirectory.File("sample.db")));
    }

    [Fact]
    public void ServiceHost_Dispose_DeletesItsDataDirectory()
    {
        // Arrange
        var host = new ServiceHost<SampleServiceMarker>().UseDatabase("Sample");
        _ = host.Address;
        var directory = host.DataDirectory.Path;
        // Act
        host.Dispose();
        // Assert
        Assert.False(Directory.Exists(directory));
    }
}
