using Conflict.Client;
using Conflict.Testing;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;

namespace Conflict.ServiceDefaults.Tests;

/// <summary>A comma-separated address: calls spread round-robin over real servers, and a stopped one is skipped.</summary>
public sealed class ReplicaBalancingTests
{
    [Fact]
    public async Task Channel_TwoReplicas_SpreadsCallsAndSkipsAStoppedOne()
    {
        // Arrange
        var calls = new int[2];
        await using var first = await StartAsync(calls, 0);
        var second = await StartAsync(calls, 1);
        using var channel = ChannelDefaults.CreateChannel($"{first.Address},{second.Address}");
        var health = new Grpc.Health.V1.Health.HealthClient(channel);
        // Act
        for (var i = 0; i < 20; i++)
        {
            await health.CheckAsync(new HealthCheckRequest());
        }
        var spread = calls.ToArray();
        await second.DisposeAsync();
        for (var i = 0; i < 10; i++)
        {
            await health.CheckAsync(new HealthCheckRequest());
        }
        // Assert
        Assert.All(spread, count => Assert.InRange(count, 5, 15));
        Assert.Equal(spread[0] + 10, calls[0]);
        Assert.True(ReplicaBalancing.IsList("http://a:1,http://b:2"));
        Assert.Throws<ArgumentException>(() => ReplicaBalancing.Parse("http://a:1,https://b:2"));
    }

    private static Task<GrpcTestServer> StartAsync(int[] calls, int replica) => GrpcTestServer.StartAsync(
        builder => builder.AddConflictDefaults(),
        app =>
        {
            app.Use(async (context, next) =>
            {
                Interlocked.Increment(ref calls[replica]);
                await next();
            });
            app.MapConflictDefaults();
        });
}
