using System.Diagnostics;
using System.Text.RegularExpressions;
using Conflict.Gateway.Tests.Hosting;

namespace Conflict.Gateway.Tests;

/// <summary>
/// Runs docker-compose.yml's gRPC health check command (curl over h2c) against a real service on our
/// gRPC layer, so the probe the containers use is known to work without a Docker engine.
/// </summary>
public sealed partial class ComposeHealthCheckTests(SuiteFixture suite) : IClassFixture<SuiteFixture>
{
    [CurlFact]
    public async Task GrpcHealthCheck_ServiceServing_ExitsZero()
    {
        // Arrange
        var command = HealthCheckCommand().Replace("127.0.0.1:8080", "127.0.0.1:" + suite.Sources.Port, StringComparison.Ordinal);
        // Act
        var exitCode = await RunShellAsync(command);
        // Assert
        Assert.Equal(0, exitCode);
    }

    [CurlFact]
    public async Task GrpcHealthCheck_NothingListening_ExitsNonZero()
    {
        // Arrange
        var command = HealthCheckCommand().Replace("127.0.0.1:8080", "127.0.0.1:9", StringComparison.Ordinal);
        // Act
        var exitCode = await RunShellAsync(command);
        // Assert
        Assert.NotEqual(0, exitCode);
    }

    /// <summary>The CMD-SHELL string of x-grpc-healthcheck, with YAML's double-quote escapes undone.</summary>
    private static string HealthCheckCommand()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));
        var match = GrpcHealthCheck().Match(compose);
        Assert.True(match.Success, "x-grpc-healthcheck not found in docker-compose.yml");
        return match.Groups[1].Value.Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);
    }

    private static async Task<int> RunShellAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("docker-compose.yml not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""x-grpc-healthcheck:.*?\n\s+test: \["CMD-SHELL", "((?:[^"\\]|\\.)*)"\]""", RegexOptions.Singleline)]
    private static partial Regex GrpcHealthCheck();
}
